//! Every colour the GUI uses, in one place, for the dark and the light theme.
//!
//! Source colours come from the session (`Colour`); here they are turned into readable tints:
//! a statement's background is the source colour itself, blended into the page only where needed
//! for contrast, and its text is black or white, whichever contrasts more with that background.
//! Search matches, the selection and the kind chart use styles and colours no source uses (see
//! [`Palette::search`], [`Palette::search_current`], [`Palette::selection`] and [`kind_colour`]).

use egui::{Color32, Context, Theme, Visuals};

use crate::model::{Colour, SourceKind};

/// The colours of the article view and the charts for one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// True for the dark theme.
    pub dark: bool,
    /// Page background of the article.
    pub page: Color32,
    /// Ordinary text.
    pub text: Color32,
    /// The author's own voice (unattributed statements): slightly muted, never tinted.
    pub author_text: Color32,
    /// Statements outside the active source filter.
    pub dimmed_text: Color32,
    /// Background of a search match: "inverse video", a near-white grey on the dark theme and a
    /// near-black grey on the light one. No source tint is a neutral this extreme: it stays at
    /// least ΔE00 20 from every palette tint (ΔE00 10 under simulated deuteranopia and
    /// protanopia), which the tests check.
    pub search: Color32,
    /// Background and outline of the current search match: a periwinkle (`#9080FF`) that is at
    /// least ΔE00 20 (10 for dichromats) from every palette tint, from the other matches and
    /// from the selection outline, on both themes.
    pub search_current: Color32,
    /// Outline of the selected statement: white on the dark theme, black on the light one. Sources
    /// are only ever drawn as fills, never as outlines, and this colour is also at least ΔE00 20
    /// from every palette tint.
    pub selection: Color32,
    /// Dotted underline of low-confidence statements.
    pub low_confidence: Color32,
    /// Underline of the attribution cue.
    pub cue: Color32,
    /// Track behind the bars of the charts.
    pub chart_track: Color32,
    /// Colour of "author / unattributed" in charts and pickers.
    pub author_swatch: Color32,
    /// Text of reviewer markers ("changed by reviewer").
    pub reviewer: Color32,
    /// Text of warnings (low confidence, errors).
    pub warning: Color32,
}

/// The current search match, on both themes (see [`Palette::search_current`]).
const SEARCH_CURRENT: Color32 = Color32::from_rgb(0x90, 0x80, 0xFF);

/// How much of the source colour a statement background takes before the contrast rule weakens
/// it: all of it, on both themes. The palette (`model::PALETTE`) was chosen for these drawn
/// colours; weaker tints crowd together near the page and cannot keep 12 sources apart.
const TINT_AMOUNT: f32 = 1.0;

const DARK: Palette = Palette {
    dark: true,
    page: Color32::from_rgb(24, 24, 27),
    text: Color32::from_rgb(232, 232, 232),
    author_text: Color32::from_rgb(190, 190, 196),
    dimmed_text: Color32::from_rgb(120, 120, 126),
    search: Color32::from_rgb(224, 224, 224),
    search_current: SEARCH_CURRENT,
    selection: Color32::from_rgb(255, 255, 255),
    low_confidence: Color32::from_rgb(255, 120, 80),
    cue: Color32::from_rgb(200, 200, 200),
    chart_track: Color32::from_rgb(50, 50, 56),
    author_swatch: Color32::from_rgb(140, 140, 146),
    reviewer: Color32::from_rgb(110, 200, 255),
    warning: Color32::from_rgb(255, 150, 90),
};

const LIGHT: Palette = Palette {
    dark: false,
    page: Color32::from_rgb(252, 252, 250),
    text: Color32::from_rgb(20, 20, 24),
    author_text: Color32::from_rgb(60, 60, 66),
    dimmed_text: Color32::from_rgb(150, 150, 156),
    search: Color32::from_rgb(32, 32, 32),
    search_current: SEARCH_CURRENT,
    selection: Color32::from_rgb(0, 0, 0),
    low_confidence: Color32::from_rgb(200, 40, 20),
    cue: Color32::from_rgb(70, 70, 70),
    chart_track: Color32::from_rgb(226, 226, 230),
    author_swatch: Color32::from_rgb(150, 150, 156),
    reviewer: Color32::from_rgb(0, 90, 170),
    warning: Color32::from_rgb(180, 60, 0),
};

impl Palette {
    /// The palette of a theme.
    pub fn of(dark: bool) -> Palette {
        if dark { DARK } else { LIGHT }
    }

    /// A source's own colour, opaque.
    pub fn swatch(&self, colour: Colour) -> Color32 {
        let [r, g, b] = colour.0;
        Color32::from_rgb(r, g, b)
    }

    /// Background of a statement of a source with this colour: the source colour itself, blended
    /// towards the page only as far as needed for black or white text on it to reach a contrast
    /// of 4.5 (WCAG AA), so any colour a reviewer picks stays readable. Selection does not change
    /// the tint (the selected statement gets the [`Palette::selection`] outline instead), so a
    /// selected statement keeps exactly its source's colour.
    pub fn tint(&self, colour: Colour, _selected: bool) -> Color32 {
        let mut amount = TINT_AMOUNT;
        loop {
            let background = self.page.lerp_to_gamma(self.swatch(colour), amount);
            if amount <= 0.12 || contrast(text_on(background), background) >= 4.6 {
                return background;
            }
            amount -= 0.04;
        }
    }

    /// The underline under the words that name the source: the source colour, adjusted so it is
    /// visible against the page.
    pub fn mention_line(&self, colour: Colour) -> Color32 {
        let swatch = self.swatch(colour);
        if self.dark {
            swatch.lerp_to_gamma(Color32::WHITE, 0.25)
        } else {
            swatch.lerp_to_gamma(Color32::BLACK, 0.25)
        }
    }
}

/// Relative luminance (WCAG) of an sRGB colour.
pub fn luminance(colour: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
}

/// WCAG contrast ratio of two colours (1..=21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Near-black or near-white, whichever reads better on `background`.
pub fn text_on(background: Color32) -> Color32 {
    let dark_text = Color32::from_rgb(15, 15, 18);
    let light_text = Color32::from_rgb(245, 245, 245);
    if contrast(dark_text, background) >= contrast(light_text, background) {
        dark_text
    } else {
        light_text
    }
}

/// A fixed colour per source kind for the "share per kind" chart: neutral greys in eight steps
/// (each bar is labelled with its kind), so the chart never shows a hue that could be mistaken
/// for a source's colour. All steps are mid greys that read on both themes' chart track.
pub fn kind_colour(kind: SourceKind) -> Color32 {
    let step: u8 = match kind {
        SourceKind::Person => 0,
        SourceKind::Media => 1,
        SourceKind::Organization => 2,
        SourceKind::Government => 3,
        SourceKind::Document => 4,
        SourceKind::Data => 5,
        SourceKind::Anonymous => 6,
        SourceKind::Group => 7,
    };
    Color32::from_gray(96 + 12 * step)
}

/// Applies the dark or light theme to the whole UI.
pub fn apply(ctx: &Context, dark: bool) {
    let theme = if dark { Theme::Dark } else { Theme::Light };
    ctx.set_theme(theme);
    let palette = Palette::of(dark);
    let mut visuals = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    visuals.extreme_bg_color = palette.page;
    visuals.hyperlink_color = palette.reviewer;
    visuals.warn_fg_color = palette.warning;
    // A visible keyboard focus ring: egui draws a focused widget with the "active" look.
    visuals.widgets.active.bg_stroke = focus_stroke(dark);
    visuals.selection.stroke = focus_stroke(dark);
    ctx.set_visuals_of(theme, visuals);
}

/// The keyboard focus ring: thick, in the reviewer's colour (no source uses it as a fill).
pub fn focus_stroke(dark: bool) -> egui::Stroke {
    egui::Stroke::new(2.5, Palette::of(dark).reviewer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PALETTE;
    use crate::model::colour_science::{Vision, distance, lab_as_seen};

    #[test]
    fn every_tint_is_readable_in_both_themes() {
        for dark in [true, false] {
            let palette = Palette::of(dark);
            let odd = [
                Colour([128, 128, 128]),
                Colour([0, 255, 0]),
                Colour([255, 0, 0]),
            ];
            for colour in PALETTE.into_iter().chain(odd) {
                for selected in [false, true] {
                    let background = palette.tint(colour, selected);
                    let ratio = contrast(text_on(background), background);
                    assert!(
                        ratio >= 4.5,
                        "{colour:?} dark={dark} selected={selected}: {ratio}"
                    );
                }
            }
            assert!(contrast(palette.text, palette.page) >= 7.0);
            assert!(contrast(palette.author_text, palette.page) >= 4.5);
        }
    }

    fn rgb(colour: Color32) -> [u8; 3] {
        [colour.r(), colour.g(), colour.b()]
    }

    /// The first 12 palette colours as drawn (unselected statement backgrounds) on a theme.
    fn drawn_tints(palette: &Palette) -> Vec<[u8; 3]> {
        PALETTE
            .iter()
            .take(12)
            .map(|colour| rgb(palette.tint(*colour, false)))
            .collect()
    }

    /// The smallest ΔE00 between any two of `colours` with `vision`, and the pair.
    fn closest_pair(colours: &[[u8; 3]], vision: Vision) -> (f64, usize, usize) {
        let mut closest = (f64::INFINITY, 0, 0);
        for i in 0..colours.len() {
            for j in i + 1..colours.len() {
                let d = distance(colours[i], colours[j], vision);
                if d < closest.0 {
                    closest = (d, i, j);
                }
            }
        }
        closest
    }

    /// The ΔE00 a colour must keep from a source tint (and tints from each other).
    fn required(vision: Vision) -> f64 {
        match vision {
            Vision::Normal => 20.0,
            Vision::Deuteranopia | Vision::Protanopia => 10.0,
        }
    }

    #[test]
    fn twelve_source_tints_stay_apart_on_both_themes() {
        assert!(PALETTE.len() >= 12);
        for dark in [true, false] {
            let palette = Palette::of(dark);
            let tints = drawn_tints(&palette);
            for vision in Vision::ALL {
                let (d, i, j) = closest_pair(&tints, vision);
                println!("dark={dark} {vision:?}: min ΔE00 {d:.2} (colours {i} and {j})");
                assert!(
                    d >= required(vision),
                    "dark={dark} {vision:?}: colours {i} and {j} only {d:.2} apart"
                );
                // A tinted statement must also stand out from untinted (author) text.
                for (i, tint) in tints.iter().enumerate() {
                    let d = distance(*tint, rgb(palette.page), vision);
                    assert!(
                        d >= required(vision),
                        "dark={dark} {vision:?}: {i} vs page {d:.2}"
                    );
                }
            }
        }
    }

    #[test]
    fn search_and_selection_differ_from_every_source() {
        for dark in [true, false] {
            let palette = Palette::of(dark);
            let tints = drawn_tints(&palette);
            let marks = [
                ("search", palette.search),
                ("current match", palette.search_current),
                ("selection", palette.selection),
            ];
            for (name, mark) in marks {
                for vision in Vision::ALL {
                    for (i, tint) in tints.iter().enumerate() {
                        let d = distance(rgb(mark), *tint, vision);
                        assert!(
                            d >= required(vision),
                            "dark={dark} {vision:?}: {name} vs colour {i}: {d:.2}"
                        );
                    }
                }
            }
            for vision in Vision::ALL {
                for (a, b) in [(0, 1), (1, 2)] {
                    let d = distance(rgb(marks[a].1), rgb(marks[b].1), vision);
                    assert!(
                        d >= required(vision),
                        "dark={dark} {vision:?}: {} vs {}: {d:.2}",
                        marks[a].0,
                        marks[b].0
                    );
                }
            }
            for background in [palette.search, palette.search_current] {
                assert!(contrast(text_on(background), background) >= 4.5);
            }
        }
    }

    #[test]
    fn kind_bars_are_neutral_and_visible() {
        for kind in SourceKind::ALL {
            let colour = kind_colour(kind);
            let lab = lab_as_seen(rgb(colour), Vision::Normal);
            assert!(lab.a.hypot(lab.b) < 1.0, "{kind:?} is not neutral: {lab:?}");
            for dark in [true, false] {
                let track = Palette::of(dark).chart_track;
                assert!(
                    distance(rgb(colour), rgb(track), Vision::Normal) >= 10.0,
                    "{kind:?} on dark={dark}"
                );
            }
        }
    }

    #[test]
    fn swatches_are_the_source_colour() {
        let swatch = Palette::of(true).swatch(Colour([1, 2, 3]));
        assert_eq!((swatch.r(), swatch.g(), swatch.b()), (1, 2, 3));
    }
}
