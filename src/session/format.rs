//! The RON encoding of sessions: how a session is written, how the header of any file is read
//! leniently, and how `ron` errors become [`SessionError`]s with a 1-based line.

use serde::Deserialize;

use super::SessionError;
use crate::model::Session;

/// How deep RON values may nest while reading. A session nests about ten levels; anything deeper
/// is refused with an error long before it could exhaust the stack (each level costs a few stack
/// frames in the recursive-descent parser, and test threads have only 2 MiB of stack).
pub const MAX_NESTING: usize = 64;

/// The RON options used for every read and write: no extensions, bounded recursion.
pub(crate) fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_NESTING)
}

/// Pretty printing: four-space indentation, `\n` line ends on every platform (so a file is the
/// same everywhere), no struct names (a session reads as nested `(field: value)` records),
/// and strings written unescaped (raw strings where needed) so an article's text keeps its line
/// breaks and can be read and edited in place.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .escape_strings(false)
        .depth_limit(4)
}

/// Serialises a session as pretty RON (with a trailing newline).
pub(crate) fn write_session(session: &Session) -> Result<String, ron::Error> {
    let mut text = options().to_string_pretty(session, pretty())?;
    text.push('\n');
    Ok(text)
}

/// The two fields every session file starts with, read without looking at the rest (unknown
/// fields are skipped), so that a file of any version can be recognised before it is parsed.
#[derive(Debug, Default, Deserialize)]
#[serde(rename = "Session")]
pub(crate) struct Header {
    /// The `format` tag ("" when absent).
    #[serde(default)]
    pub format: String,
    /// The schema version (0 when absent).
    #[serde(default)]
    pub version: u64,
}

/// Reads just the header of a session file.
pub(crate) fn read_header(text: &str, name: &str) -> Result<Header, SessionError> {
    options()
        .from_str::<Header>(text)
        .map_err(|error| ron_error(name, &error))
}

/// Parses the whole text as `T` with the session options.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(
    text: &str,
    name: &str,
) -> Result<T, SessionError> {
    options()
        .from_str::<T>(text)
        .map_err(|error| ron_error(name, &error))
}

/// Converts a `ron` error into a [`SessionError`] naming the 1-based line (and the column in the
/// message).
pub(crate) fn ron_error(name: &str, error: &ron::error::SpannedError) -> SessionError {
    let position = error.span.start;
    let line = (position.line > 0).then_some(position.line);
    let problem = match &error.code {
        ron::Error::ExceededRecursionLimit => {
            format!("values nested more than {MAX_NESTING} levels deep")
        }
        code => code.to_string(),
    };
    let problem = if position.col > 0 {
        format!("{problem} (column {})", position.col)
    } else {
        problem
    };
    SessionError {
        path: name.to_string(),
        line,
        problem,
    }
}

/// The 1-based line on which a top-level-looking `field:` first appears (for errors about header
/// values, which `ron` itself accepted).
pub(crate) fn line_of_field(text: &str, field: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            let line = line.trim_start().trim_start_matches('(');
            line.strip_prefix(field)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|index| index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_ignores_the_rest_and_accepts_a_struct_name() {
        let header = read_header(
            "Session(name: \"x\", format: \"ascribe-session\", version: 9, future: [(a: 1)])",
            "t",
        )
        .unwrap();
        assert_eq!(header.format, "ascribe-session");
        assert_eq!(header.version, 9);
        let header = read_header("(documents: [])", "t").unwrap();
        assert!(header.format.is_empty() && header.version == 0);
    }

    #[test]
    fn errors_carry_one_based_lines() {
        let error =
            read_header("(\n  format: \"x\",\n  version: 2\n  name: 3)", "f.ron").unwrap_err();
        assert_eq!(error.line, Some(4), "{error}");
        assert!(error.to_string().starts_with("f.ron:4: "), "{error}");
    }

    #[test]
    fn finds_field_lines() {
        let text = "(\n    format: \"ascribe-session\",\n    version: 7,\n)";
        assert_eq!(line_of_field(text, "version"), Some(3));
        assert_eq!(line_of_field("(version: 1)", "version"), Some(1));
        assert_eq!(line_of_field(text, "name"), None);
    }
}
