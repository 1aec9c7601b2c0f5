//! Every colour the GUI uses, in one place, for the dark and the light theme.
//!
//! Source colours come from the session (`Colour`); here they are turned into readable tints:
//! a statement's background is the source colour blended into the page, and its text is black or
//! white, whichever contrasts more with that background.

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
    /// Background of a search match.
    pub search: Color32,
    /// Background of the current search match.
    pub search_current: Color32,
    /// Outline of the selected statement.
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

const DARK: Palette = Palette {
    dark: true,
    page: Color32::from_rgb(24, 24, 27),
    text: Color32::from_rgb(232, 232, 232),
    author_text: Color32::from_rgb(190, 190, 196),
    dimmed_text: Color32::from_rgb(120, 120, 126),
    search: Color32::from_rgb(120, 96, 0),
    search_current: Color32::from_rgb(200, 150, 0),
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
    search: Color32::from_rgb(255, 236, 140),
    search_current: Color32::from_rgb(255, 190, 40),
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

    /// Background of a statement of a source with this colour (stronger when selected). The tint
    /// is weakened until black or white text on it reaches a contrast of 4.5 (WCAG AA), so any
    /// colour a reviewer picks stays readable.
    pub fn tint(&self, colour: Colour, selected: bool) -> Color32 {
        let mut amount: f32 = match (self.dark, selected) {
            (true, false) => 0.42,
            (true, true) => 0.62,
            (false, false) => 0.32,
            (false, true) => 0.55,
        };
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

/// A fixed colour per source kind for the "share per kind" chart.
pub fn kind_colour(kind: SourceKind) -> Color32 {
    match kind {
        SourceKind::Person => Color32::from_rgb(0x00, 0x72, 0xB2),
        SourceKind::Media => Color32::from_rgb(0xE6, 0x9F, 0x00),
        SourceKind::Organization => Color32::from_rgb(0x00, 0x9E, 0x73),
        SourceKind::Government => Color32::from_rgb(0xCC, 0x79, 0xA7),
        SourceKind::Document => Color32::from_rgb(0x56, 0xB4, 0xE9),
        SourceKind::Data => Color32::from_rgb(0xD5, 0x5E, 0x00),
        SourceKind::Anonymous => Color32::from_rgb(0x88, 0x22, 0x55),
        SourceKind::Group => Color32::from_rgb(0x44, 0xAA, 0x99),
    }
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
    ctx.set_visuals_of(theme, visuals);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PALETTE;

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

    #[test]
    fn swatches_are_the_source_colour() {
        let swatch = Palette::of(true).swatch(Colour([1, 2, 3]));
        assert_eq!((swatch.r(), swatch.g(), swatch.b()), (1, 2, 3));
    }
}
