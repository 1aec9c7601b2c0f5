//! The command line: `analyze`, `export`, and (no subcommand) the GUI.
