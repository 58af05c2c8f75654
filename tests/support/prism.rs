//! Prism (`@stoplight/prism-cli`), the standard OpenAPI validator, serving a spec on
//! loopback: it checks every request against the spec (parameters, bodies, formats,
//! security) and answers from the spec's examples. Shared by the wire tests of our own spec
//! and of the generator's fixture specs.
//!
//! Where Prism is: `$PRISM`, else `target/prism/node_modules/.bin/prism` (where `.ci/run`
//! installs it). When it is missing the tests say so and pass, unless
//! `PERSONACLICK_REQUIRE_PRISM=1` (set by `.ci/run`), which makes a missing Prism a failure.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The Prism binary, or `None` when it is not installed and not required.
pub(crate) fn binary(workspace: &Path) -> Option<PathBuf> {
    let path = std::env::var_os("PRISM")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("target/prism/node_modules/.bin/prism"));
    if path.exists() {
        return Some(path);
    }
    let required = std::env::var("PERSONACLICK_REQUIRE_PRISM").is_ok_and(|v| v == "1");
    assert!(
        !required,
        "PERSONACLICK_REQUIRE_PRISM=1 but there is no Prism at {}: install it with \
         `npm install --prefix target/prism @stoplight/prism-cli@5.16.0` or set PRISM",
        path.display()
    );
    eprintln!(
        "skipped: no Prism at {} (set PRISM, or run .ci/run, which installs it)",
        path.display()
    );
    None
}

/// A running Prism mock; stopped on drop.
pub(crate) struct Prism {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Prism {
    /// Starts `prism mock --errors` for `spec` and waits until it accepts connections.
    pub(crate) fn start(binary: &Path, spec: &Path) -> Prism {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|l| l.local_addr())
            .expect("a free loopback port")
            .port();
        let mut child = Command::new(binary)
            .args([
                "mock",
                "--errors",
                "-h",
                "127.0.0.1",
                "-p",
                &port.to_string(),
            ])
            .arg(spec)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", binary.display()));
        let log = Arc::new(Mutex::new(Vec::new()));
        for stream in [
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    log.lock().expect("log").push(line);
                }
            });
        }
        let mut prism = Prism {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            log,
        };
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let deadline = Instant::now() + Duration::from_secs(120);
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
            if let Ok(Some(status)) = prism.child.try_wait() {
                panic!("Prism exited with {status}:\n{}", prism.log_text());
            }
            assert!(
                Instant::now() < deadline,
                "Prism did not listen on {port} within 120 s:\n{}",
                prism.log_text()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        prism
    }

    /// Everything Prism logged so far.
    pub(crate) fn log_text(&self) -> String {
        self.log.lock().expect("log").join("\n")
    }

    /// The number of log lines so far: a mark to read what one call caused.
    pub(crate) fn mark(&self) -> usize {
        self.log.lock().expect("log").len()
    }

    /// What Prism logged since `mark` (the request, its violations, the answer), waiting
    /// briefly for its log to catch up.
    pub(crate) fn log_since(&self, mark: usize) -> Vec<String> {
        std::thread::sleep(Duration::from_millis(50));
        self.log.lock().expect("log")[mark..]
            .iter()
            .map(|l| strip_ansi(l))
            .collect()
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Prism colours its log; the failure messages should not carry escape codes.
fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_string()
}
