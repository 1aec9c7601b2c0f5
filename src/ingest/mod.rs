//! File bytes → decoded text, title and language, ready for analysis.
