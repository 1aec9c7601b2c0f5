use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An sRGB colour, written as `#RRGGBB` in sessions and reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour(pub [u8; 3]);

/// The source palette: 12 colours that stay apart as statement highlights on both themes.
///
/// Statements are highlighted with the source colour itself (see `Palette::tint` in the GUI, which
/// only weakens a colour where black or white text would not reach WCAG contrast 4.5), so every
/// pair of these colours *as drawn* on the dark and on the light page is at least ΔE00 20 apart
/// (CIEDE2000), at least ΔE00 10 apart under simulated deuteranopia and protanopia (Machado et
/// al. 2009, severity 1.0), and at least ΔE00 20 from the page itself; the tests in
/// `gui::theme` check this with [`super::colour_science`].
///
/// How it was chosen: the first four are Okabe–Ito's blue, orange, bluish green and reddish
/// purple (the reference sample's sources keep their colours); the other eight came from a
/// max–min search over an sRGB grid (greedy selection, then random local refinement) that
/// maximised the smallest of ΔE00/20 (normal vision) and ΔE00/10 (deuteranopia, protanopia) over
/// all pairs of drawn tints and the page, on both themes. Sources beyond 12 cycle.
pub const PALETTE: [Colour; 12] = [
    Colour([0x00, 0x72, 0xB2]), // blue (Okabe–Ito)
    Colour([0xE6, 0x9F, 0x00]), // orange (Okabe–Ito)
    Colour([0x00, 0x9E, 0x73]), // bluish green (Okabe–Ito)
    Colour([0xCC, 0x79, 0xA7]), // reddish purple (Okabe–Ito)
    Colour([0x7B, 0x04, 0x19]), // wine
    Colour([0x03, 0x08, 0xE0]), // ultramarine
    Colour([0xEF, 0xF2, 0x3A]), // lemon
    Colour([0x02, 0xD7, 0xFE]), // cyan
    Colour([0x8C, 0xFD, 0xB3]), // mint
    Colour([0xD9, 0x58, 0x20]), // vermilion
    Colour([0x6A, 0x66, 0x56]), // taupe
    Colour([0x69, 0x48, 0x6B]), // plum
];

impl Colour {
    /// The `n`-th palette colour, cycling when there are more sources than colours.
    pub fn palette(n: usize) -> Colour {
        PALETTE[n % PALETTE.len()]
    }

    /// `#RRGGBB`.
    pub fn to_hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0[0], self.0[1], self.0[2])
    }

    /// Parses `#RRGGBB` or `RRGGBB` (case-insensitive).
    pub fn from_hex(hex: &str) -> Option<Colour> {
        let hex = hex.trim().trim_start_matches('#');
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Colour([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Colour::from_hex(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a #RRGGBB colour: {text:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        for colour in PALETTE {
            assert_eq!(Colour::from_hex(&colour.to_hex()), Some(colour));
        }
        assert_eq!(Colour::from_hex("#0072b2"), Some(Colour([0, 0x72, 0xB2])));
        assert_eq!(Colour::from_hex("#12345"), None);
        assert_eq!(Colour::from_hex("#ĄĄĄ"), None);
    }
}
