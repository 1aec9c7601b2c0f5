//! Colour science used to choose and check the source palette: sRGB → linear RGB → CIE XYZ (D65)
//! → CIELAB, the CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), and the simulation of
//! protanopia and deuteranopia by Machado, Oliveira & Fernandes (2009, severity 1.0, applied in
//! linear RGB).
//!
//! Everything works on plain `[u8; 3]` sRGB triples so that the model stays free of GUI types.

/// A colour in CIELAB (D65 white point): lightness `l` (0..=100) and the opponent axes `a`
/// (green–red) and `b` (blue–yellow).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lab {
    /// Lightness L*, 0 (black) to 100 (white).
    pub l: f64,
    /// Green (negative) to red (positive).
    pub a: f64,
    /// Blue (negative) to yellow (positive).
    pub b: f64,
}

/// How a colour is seen: with normal colour vision or with one of the two common dichromacies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vision {
    /// Normal trichromatic vision: the colour as displayed.
    Normal,
    /// No functioning M ("green") cones; simulated with Machado et al. 2009, severity 1.0.
    Deuteranopia,
    /// No functioning L ("red") cones; simulated with Machado et al. 2009, severity 1.0.
    Protanopia,
}

impl Vision {
    /// All three visions, normal first.
    pub const ALL: [Vision; 3] = [Vision::Normal, Vision::Deuteranopia, Vision::Protanopia];
}

/// Machado, Oliveira & Fernandes (2009) protanopia matrix at severity 1.0, for linear RGB.
pub const PROTANOPIA: [[f64; 3]; 3] = [
    [0.152_286, 1.052_583, -0.204_868],
    [0.114_503, 0.786_281, 0.099_216],
    [-0.003_882, -0.048_116, 1.051_998],
];

/// Machado, Oliveira & Fernandes (2009) deuteranopia matrix at severity 1.0, for linear RGB.
pub const DEUTERANOPIA: [[f64; 3]; 3] = [
    [0.367_322, 0.860_646, -0.227_968],
    [0.280_085, 0.672_501, 0.047_413],
    [-0.011_820, 0.042_940, 0.968_881],
];

/// One sRGB channel (0..=255) decoded to linear light (0..=1), IEC 61966-2-1.
pub fn srgb_to_linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// An sRGB colour in linear RGB.
pub fn linear_rgb(rgb: [u8; 3]) -> [f64; 3] {
    rgb.map(srgb_to_linear)
}

/// Applies a 3×3 simulation matrix to a linear RGB colour, clamping the result to the gamut.
pub fn simulate(linear: [f64; 3], matrix: &[[f64; 3]; 3]) -> [f64; 3] {
    matrix.map(|row| (row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]).clamp(0.0, 1.0))
}

/// Linear RGB (sRGB primaries) to CIELAB with the D65 white point.
pub fn linear_to_lab([r, g, b]: [f64; 3]) -> Lab {
    let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
    let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
    const WHITE: [f64; 3] = [0.950_47, 1.0, 1.088_83];
    const DELTA: f64 = 6.0 / 29.0;
    let f = |t: f64| {
        if t > DELTA * DELTA * DELTA {
            t.cbrt()
        } else {
            t / (3.0 * DELTA * DELTA) + 4.0 / 29.0
        }
    };
    let (fx, fy, fz) = (f(x / WHITE[0]), f(y / WHITE[1]), f(z / WHITE[2]));
    Lab {
        l: 116.0 * fy - 16.0,
        a: 500.0 * (fx - fy),
        b: 200.0 * (fy - fz),
    }
}

/// CIELAB of an sRGB colour as seen with `vision`.
pub fn lab_as_seen(rgb: [u8; 3], vision: Vision) -> Lab {
    let linear = linear_rgb(rgb);
    let linear = match vision {
        Vision::Normal => linear,
        Vision::Deuteranopia => simulate(linear, &DEUTERANOPIA),
        Vision::Protanopia => simulate(linear, &PROTANOPIA),
    };
    linear_to_lab(linear)
}

/// CIEDE2000 colour difference ΔE00 of two sRGB colours as seen with `vision`.
pub fn distance(first: [u8; 3], second: [u8; 3], vision: Vision) -> f64 {
    ciede2000(lab_as_seen(first, vision), lab_as_seen(second, vision))
}

/// The CIEDE2000 colour difference ΔE00 (k_L = k_C = k_H = 1), following the formulation and
/// implementation notes of Sharma, Wu & Dalal (2005).
pub fn ciede2000(first: Lab, second: Lab) -> f64 {
    let chroma = |lab: Lab| lab.a.hypot(lab.b);
    let mean_chroma = (chroma(first) + chroma(second)) / 2.0;
    let pow7 = mean_chroma.powi(7);
    let g = 0.5 * (1.0 - (pow7 / (pow7 + 25f64.powi(7))).sqrt());
    let a1 = (1.0 + g) * first.a;
    let a2 = (1.0 + g) * second.a;
    let c1 = a1.hypot(first.b);
    let c2 = a2.hypot(second.b);
    let hue = |a: f64, b: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let h1 = hue(a1, first.b);
    let h2 = hue(a2, second.b);

    let delta_l = second.l - first.l;
    let delta_c = c2 - c1;
    let neutral = c1 * c2 == 0.0;
    let delta_h = if neutral {
        0.0
    } else if h2 - h1 > 180.0 {
        h2 - h1 - 360.0
    } else if h2 - h1 < -180.0 {
        h2 - h1 + 360.0
    } else {
        h2 - h1
    };
    let delta_big_h = 2.0 * (c1 * c2).sqrt() * (delta_h / 2.0).to_radians().sin();

    let mean_l = (first.l + second.l) / 2.0;
    let mean_c = (c1 + c2) / 2.0;
    let mean_h = if neutral {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |degrees: f64| degrees.to_radians().cos();
    let t =
        1.0 - 0.17 * cos(mean_h - 30.0) + 0.24 * cos(2.0 * mean_h) + 0.32 * cos(3.0 * mean_h + 6.0)
            - 0.20 * cos(4.0 * mean_h - 63.0);
    let delta_theta = 30.0 * (-((mean_h - 275.0) / 25.0).powi(2)).exp();
    let mean_c7 = mean_c.powi(7);
    let r_c = 2.0 * (mean_c7 / (mean_c7 + 25f64.powi(7))).sqrt();
    let l50 = (mean_l - 50.0).powi(2);
    let s_l = 1.0 + 0.015 * l50 / (20.0 + l50).sqrt();
    let s_c = 1.0 + 0.045 * mean_c;
    let s_h = 1.0 + 0.015 * mean_c * t;
    let r_t = -(2.0 * delta_theta).to_radians().sin() * r_c;

    let (l, c, h) = (delta_l / s_l, delta_c / s_c, delta_big_h / s_h);
    (l * l + c * c + h * h + r_t * c * h).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(l: f64, a: f64, b: f64) -> Lab {
        Lab { l, a, b }
    }

    /// Pairs from the CIEDE2000 test data of Sharma, Wu & Dalal (2005), with their published ΔE00.
    #[test]
    fn ciede2000_matches_published_test_data() {
        let pairs = [
            (
                lab(50.0, 2.6772, -79.7751),
                lab(50.0, 0.0, -82.7485),
                2.0425,
            ),
            (
                lab(50.0, 3.1571, -77.2803),
                lab(50.0, 0.0, -82.7485),
                2.8615,
            ),
            (
                lab(50.0, -1.3802, -84.2814),
                lab(50.0, 0.0, -82.7485),
                1.0000,
            ),
            (lab(50.0, 0.0, 0.0), lab(50.0, -1.0, 2.0), 2.3669),
            (lab(50.0, 2.5, 0.0), lab(73.0, 25.0, -18.0), 27.1492),
            (lab(50.0, 2.5, 0.0), lab(61.0, -5.0, 29.0), 22.8977),
            (lab(50.0, 2.5, 0.0), lab(56.0, -27.0, -3.0), 31.9030),
            (lab(50.0, 2.5, 0.0), lab(58.0, 24.0, 15.0), 19.4535),
            (lab(50.0, 2.5, 0.0), lab(50.0, 3.1736, 0.5854), 1.0000),
            (
                lab(60.2574, -34.0099, 36.2677),
                lab(60.4626, -34.1751, 39.4387),
                1.2644,
            ),
            (
                lab(63.0109, -31.0961, -5.8663),
                lab(62.8187, -29.7946, -4.0864),
                1.2630,
            ),
            (
                lab(35.0831, -44.1164, 3.7933),
                lab(35.0232, -40.0716, 1.5901),
                1.8645,
            ),
            (
                lab(22.7233, 20.0904, -46.6940),
                lab(23.0331, 14.9730, -42.5619),
                2.0373,
            ),
            (
                lab(36.4612, 47.8580, 18.3852),
                lab(36.2715, 50.5065, 21.2231),
                1.4146,
            ),
            (
                lab(90.8027, -2.0831, 1.4410),
                lab(91.1528, -1.6435, 0.0447),
                1.4441,
            ),
            (
                lab(6.7747, -0.2908, -2.4247),
                lab(5.8714, -0.0985, -2.2286),
                0.6377,
            ),
            (
                lab(2.0776, 0.0795, -1.1350),
                lab(0.9033, -0.0636, -0.5514),
                0.9082,
            ),
        ];
        for (first, second, expected) in pairs {
            for (x, y) in [(first, second), (second, first)] {
                let got = ciede2000(x, y);
                assert!(
                    (got - expected).abs() < 5e-5,
                    "{x:?} {y:?}: {got} != {expected}"
                );
            }
        }
        assert_eq!(ciede2000(lab(40.0, 10.0, -5.0), lab(40.0, 10.0, -5.0)), 0.0);
    }

    #[test]
    fn lab_of_white_black_and_red() {
        let white = lab_as_seen([255, 255, 255], Vision::Normal);
        assert!((white.l - 100.0).abs() < 1e-3 && white.a.abs() < 1e-3 && white.b.abs() < 1e-3);
        let black = lab_as_seen([0, 0, 0], Vision::Normal);
        assert!(black.l.abs() < 1e-9);
        // sRGB red is L* 53.24, a* 80.09, b* 67.20.
        let red = lab_as_seen([255, 0, 0], Vision::Normal);
        assert!((red.l - 53.24).abs() < 0.01, "{red:?}");
        assert!((red.a - 80.09).abs() < 0.02, "{red:?}");
        assert!((red.b - 67.20).abs() < 0.02, "{red:?}");
    }

    #[test]
    fn machado_matrices_keep_neutrals_neutral() {
        for matrix in [&PROTANOPIA, &DEUTERANOPIA] {
            for row in matrix {
                assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-5);
            }
            for grey in [0.0, 0.2, 1.0] {
                let seen = simulate([grey; 3], matrix);
                assert!(seen.iter().all(|c| (c - grey).abs() < 1e-5), "{seen:?}");
            }
        }
        for vision in Vision::ALL {
            assert!(distance([255, 255, 255], [255, 255, 255], vision) < 1e-9);
            assert!(distance([255, 255, 255], [252, 252, 252], vision) < 1.5);
        }
    }

    #[test]
    fn dichromats_confuse_red_and_green() {
        // Red and green are far apart for normal vision but much closer for dichromats, while blue
        // and yellow stay apart.
        let (red, green) = ([200, 60, 40], [90, 140, 40]);
        let normal = distance(red, green, Vision::Normal);
        for vision in [Vision::Deuteranopia, Vision::Protanopia] {
            assert!(distance(red, green, vision) < normal / 2.0, "{vision:?}");
            assert!(
                distance([0, 0, 255], [255, 255, 0], vision) > 50.0,
                "{vision:?}"
            );
        }
    }
}
