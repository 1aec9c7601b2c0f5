//! Names governed by a preposition after a reporting verb are places, programmes or occasions,
//! not the verb's subject: "– relacjonował z Tokio", "– powiedział w Radiu Nord", "powiedział
//! podczas Święta Niepodległości". The subject search steps over them.

use super::lexicon::Lexicon;
use super::mentions::{is_preposition, np_after};
use super::text::{Token, TokenKind};

/// When `at` is a preposition followed directly by a name or a quoted title, one past that name.
pub fn governed_name_end(
    tokens: &[Token],
    at: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let t = tokens.get(at)?;
    if t.kind != TokenKind::Word || t.capitalized || !is_preposition(&t.lower, lexicon) {
        return None;
    }
    let next = tokens.get(at + 1).filter(|_| at + 1 < limit)?;
    let named = next.kind == TokenKind::Quote || (next.kind == TokenKind::Word && next.capitalized);
    if !named {
        return None;
    }
    np_after(tokens, at + 1, limit, lexicon)
        .filter(|np| np.first == at + 1 && !np.generic && np.pronoun.is_none())
        .map(|np| np.end)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::BUNDLED_PL;
    use super::super::text::tokenize;
    use super::*;

    #[test]
    fn a_place_after_a_preposition_is_skipped() {
        let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
        let text = "relacjonował z Tokio minister Adam Lis";
        let tokens = tokenize(text, 0, text.len());
        assert_eq!(
            governed_name_end(&tokens, 1, tokens.len(), &lexicon),
            Some(3)
        );
        let text = "powiedział w czwartek";
        let tokens = tokenize(text, 0, text.len());
        assert_eq!(governed_name_end(&tokens, 1, tokens.len(), &lexicon), None);
    }
}
