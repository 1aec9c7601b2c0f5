//! Plain data shared by every layer: documents, statements, sources, attributions, reviewer decisions
//! and the session that holds them. Nothing here does I/O or analysis.

mod attribution;
mod colour;
pub mod colour_science;
mod document;
mod hash;
mod person_match;
mod session;
mod source;
mod span;

pub use attribution::{Attribution, Decision, Verdict, chain_of};
pub use colour::{Colour, PALETTE};
pub use document::{Document, Language, Statement};
pub use hash::content_hash;
pub use session::{EffectiveAttribution, SESSION_FORMAT, SESSION_VERSION, Session};
pub use source::{Source, SourceId, SourceKind, SourceRegistry};
pub use span::Span;
