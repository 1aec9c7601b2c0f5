//! The `ascribe` binary; everything lives in [`ascribe::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    ascribe::cli::main()
}
