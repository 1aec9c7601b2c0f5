//! Reports: JSON, CSV, Markdown and standalone HTML, from a session.
