use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An sRGB colour, written as `#RRGGBB` in sessions and reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour(pub [u8; 3]);

/// Colour-blind-safe palette (Okabe–Ito, then Paul Tol's muted scheme): distinct for the common forms
/// of colour blindness and mid-luminance, so a tint of each reads on dark and on light backgrounds.
pub const PALETTE: [Colour; 16] = [
    Colour([0x00, 0x72, 0xB2]), // blue
    Colour([0xE6, 0x9F, 0x00]), // orange
    Colour([0x00, 0x9E, 0x73]), // bluish green
    Colour([0xCC, 0x79, 0xA7]), // reddish purple
    Colour([0x56, 0xB4, 0xE9]), // sky blue
    Colour([0xD5, 0x5E, 0x00]), // vermillion
    Colour([0xF0, 0xE4, 0x42]), // yellow
    Colour([0x88, 0x22, 0x55]), // wine
    Colour([0x44, 0xAA, 0x99]), // teal
    Colour([0x33, 0x22, 0x88]), // indigo
    Colour([0xDD, 0xCC, 0x77]), // sand
    Colour([0x11, 0x77, 0x33]), // green
    Colour([0xCC, 0x66, 0x77]), // rose
    Colour([0x99, 0x99, 0x33]), // olive
    Colour([0xAA, 0x44, 0x99]), // purple
    Colour([0x88, 0xCC, 0xEE]), // cyan
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
