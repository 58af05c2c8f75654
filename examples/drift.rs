//! Drift check from the command line: decodes a captured response with the typed model of
//! an operation, prints the typed value, and lists every field the spec does not name.
//!
//! `cargo run --example drift -- OPERATION FILE [STATUS]`
//!
//! Exit status: 0 when the spec names every field, 1 when some are unknown, 2 when the file
//! cannot be read or does not decode.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(operation), Some(file)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: drift OPERATION FILE [STATUS]   (operations: personaclick::operations::OPERATION_IDS)"
        );
        return ExitCode::from(2);
    };
    let status: u16 = match args.get(2).map(|s| s.parse()) {
        None => 200,
        Some(Ok(s)) => s,
        Some(Err(_)) => {
            eprintln!("STATUS must be an HTTP status code");
            return ExitCode::from(2);
        }
    };
    let body = match std::fs::read(file) {
        Ok(body) => body,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    match personaclick::drift::check(operation, status, &body) {
        Err(e) => {
            eprintln!("{file}: {e}");
            ExitCode::from(2)
        }
        Ok(drift) => {
            println!("{}", drift.typed);
            if drift.unknown.is_empty() {
                eprintln!("{file}: every field is in the spec");
                ExitCode::SUCCESS
            } else {
                eprintln!(
                    "{file}: {} field(s) the spec does not name:",
                    drift.unknown.len()
                );
                for field in &drift.unknown {
                    eprintln!("  {} ({})", field.path, field.kind);
                }
                ExitCode::from(1)
            }
        }
    }
}
