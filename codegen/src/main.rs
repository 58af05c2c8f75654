//! The generator's command line: `check SPEC`, `generate SPEC [--out FILE]`.

use std::path::PathBuf;
use std::process::ExitCode;

use personaclick_codegen::krate::{CrateSettings, RuntimeSource, write_crate};
use personaclick_codegen::{Config, check, generate_from_model};

const USAGE: &str = "usage:
  personaclick-codegen check SPEC [--strict]     validate SPEC, print diagnostics
  personaclick-codegen generate SPEC [--out FILE] [--runtime PATH] [--root PATH]
                                               [--samples-out FILE] [--examples-crate NAME]
                                               print (or write) the generated Rust code;
                                               --samples-out also writes the test helper
                                               `sample_call` (one call of every operation);
                                               --examples-crate adds a `no_run` example to
                                               each operation's docs, naming the crate NAME
  personaclick-codegen crate SPEC --out DIR --name NAME [--runtime-path PATH]
                                               write a whole crate: Cargo.toml, src/lib.rs
                                               (the client) and examples/calls.rs (every
                                               operation once against $BASE_URL); it
                                               depends on personaclick-runtime, from PATH
                                               when given
An operation with errors of its own is skipped with a warning; --strict (with any
command) refuses the document instead.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// The `sample_call` helper; it lives in the crate's tests, so it names the crate.
fn samples_file(model: &personaclick_codegen::Model, config: &Config) -> Result<String, String> {
    let crate_name = if config.root == "crate" {
        "personaclick".to_string()
    } else {
        config.root.clone()
    };
    let config = Config {
        runtime: crate_name,
        ..config.clone()
    };
    personaclick_codegen::generate_samples(model, &config).map_err(|d| d.to_string())
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    let mut spec = None;
    let mut out = None;
    let mut samples_out = None;
    let mut config = Config::default();
    let mut strict = false;
    let mut name = None;
    let mut runtime_path = None;
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(iter.next().ok_or("--out needs a file")?)),
            "--samples-out" => {
                samples_out = Some(PathBuf::from(
                    iter.next().ok_or("--samples-out needs a file")?,
                ))
            }
            "--runtime" => config.runtime = iter.next().ok_or("--runtime needs a path")?.clone(),
            "--root" => config.root = iter.next().ok_or("--root needs a path")?.clone(),
            "--examples-crate" => {
                config.examples_crate =
                    Some(iter.next().ok_or("--examples-crate needs a name")?.clone())
            }
            "--strict" => strict = true,
            "--name" => name = Some(iter.next().ok_or("--name needs a crate name")?.clone()),
            "--runtime-path" => {
                runtime_path = Some(
                    iter.next()
                        .ok_or("--runtime-path needs a directory")?
                        .clone(),
                )
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            other if spec.is_none() && !other.starts_with('-') => spec = Some(PathBuf::from(other)),
            other => return Err(format!("unexpected argument `{other}`\n{USAGE}")),
        }
    }
    let spec = spec.ok_or(USAGE)?;
    let text = std::fs::read_to_string(&spec).map_err(|e| format!("{}: {e}", spec.display()))?;
    config.source_name = spec.display().to_string();
    let shown = spec.display();
    let model = match check(&text) {
        Ok(model) => model,
        Err(diagnostics) => {
            for d in &diagnostics.0 {
                eprintln!("{shown}: {d}");
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    if strict && !model.skipped.is_empty() {
        for d in &model.skipped {
            eprintln!("{shown}: {d}");
        }
        eprintln!(
            "{shown}: {} error(s) in operations that would be skipped; --strict refuses them",
            model.skipped.len()
        );
        return Ok(ExitCode::FAILURE);
    }
    for w in &model.warnings {
        eprintln!("{shown}: {w}");
    }
    match command.as_str() {
        "check" => {
            let fields: usize = model
                .types
                .iter()
                .map(|t| match &t.kind {
                    personaclick_codegen::model::TypeKind::Struct { fields, .. } => fields.len(),
                    _ => 0,
                })
                .sum();
            println!(
                "{shown}: ok: {} operations, {} types, {} fields, {} warnings",
                model.operations.len(),
                model.types.len(),
                fields,
                model.warnings.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        "generate" => {
            let code = generate_from_model(&model, &config)
                .map(|code| personaclick_codegen::hash::stamp(&code, &text))
                .map_err(|d| d.to_string())?;
            if let Some(path) = samples_out {
                let samples = samples_file(&model, &config)?;
                std::fs::write(&path, samples).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            match out {
                Some(path) => {
                    std::fs::write(&path, code).map_err(|e| format!("{}: {e}", path.display()))?
                }
                None => print!("{code}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        "crate" => {
            let dir = out.ok_or("`crate` needs --out DIR")?;
            let name = name.ok_or("`crate` needs --name NAME")?;
            let runtime = match runtime_path {
                Some(path) => RuntimeSource::Path(path),
                None => RuntimeSource::Version(env!("CARGO_PKG_VERSION").to_string()),
            };
            let settings = CrateSettings {
                name,
                runtime,
                source_name: spec
                    .file_name()
                    .map_or_else(|| shown.to_string(), |f| f.to_string_lossy().into_owned()),
            };
            write_crate(&model, &text, &dir, &settings).map_err(|d| d.to_string())?;
            println!(
                "{shown}: wrote crate `{}` to {} ({} operations)",
                settings.name,
                dir.display(),
                model.operations.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    }
}
