//! Project tasks: `cargo xtask serve | dist | release | test | …`. This file dispatches them
//! and runs commands; `install.rs` adds what a fresh machine lacks, `build.rs` is the release
//! build, `testing.rs` the full run and the runs beside it, `size_report.rs` the first load.
use std::env;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{exit, Command, Stdio};
use std::time::Instant;

mod boundaries;
mod breakdown;
mod build;
mod early;
mod editions;
mod glue;
mod imports;
mod install;
mod personas;
mod quick_loop;
mod release;
mod script_lint;
mod service_worker;
#[cfg(test)]
mod settings;
mod single;
mod size_report;
mod styles;
mod testing;
mod validate;
mod validate_print;
mod wordpress;

// What the tasks below and the modules beside them call by these names.
use build::{dist, post_build, serve, WASM_OPT};
use install::{ensure_chromium, setup, CHROMIUM};
use size_report::report_size;
use testing::{bench, component_tests, endurance, lint, test};

type Result<T = ()> = std::result::Result<T, String>;

fn main() {
    let task = env::args().nth(1).unwrap_or_default();
    let started = Instant::now();
    let outcome = match task.as_str() {
        "serve" => serve(),
        "dist" => setup()
            .and_then(|_| dist())
            .and_then(|_| report_size().map(drop)),
        "test" => match env::args().nth(2).as_deref() {
            Some("--quick") => quick_loop::run_quick(),
            _ => test(),
        },
        "release" => setup()
            .and_then(|_| dist())
            .and_then(|_| release::package())
            .map(|artefacts| release::report(&artefacts)),
        "endurance" => endurance(),
        "bench" => bench(),
        "personas" => personas::write(),
        "breakdown" => setup().and_then(|_| breakdown::run_task()),
        "boundaries" => boundaries::check(),
        "lint" => setup().and_then(|_| lint()),
        // Trunk runs this after each build, with its staging folder in the environment.
        "post-build" => post_build(),
        "validate" => validate::run(&env::args().skip(2).collect::<Vec<_>>()).and_then(|ok| {
            if ok {
                Ok(())
            } else {
                Err("a validity floor does not hold, or the document has problems".into())
            }
        }),
        _ => Err(
            "usage: cargo xtask <serve|dist|release|test|bench|endurance|validate|personas|boundaries|breakdown|lint>"
                .into(),
        ),
    };
    match outcome {
        Ok(()) => eprintln!("xtask {task}: done in {:.0?}", started.elapsed()),
        Err(message) => {
            eprintln!("xtask {task}: FAILED: {message}");
            exit(1);
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn cargo_bin() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

fn node_bin() -> PathBuf {
    root().join("e2e/node_modules/.bin")
}

/// PATH with the project's wasm-opt and cargo's installs first.
fn path_env() -> String {
    let mut paths = vec![node_bin(), cargo_bin()];
    if let Some(path) = env::var_os("PATH") {
        paths.extend(env::split_paths(&path));
    }
    env::join_paths(paths)
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

fn cmd(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(root())
        .env("PATH", path_env());
    command
}

fn run(mut command: Command) -> Result {
    let shown = format!("{command:?}");
    eprintln!("$ {shown}");
    let status = command.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = cmd(program, args).stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Test totals parsed from the runners' own summary lines.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    fn read(&mut self, line: &str) {
        // cargo test: "test result: ok. 12 passed; 0 failed; ..."
        if let Some(rest) = line.trim().strip_prefix("test result: ") {
            for part in rest.split(';') {
                let words: Vec<&str> = part.split_whitespace().collect();
                match words.as_slice() {
                    [.., n, "passed"] => self.passed += n.parse::<u64>().unwrap_or(0),
                    [n, "failed"] => self.failed += n.parse::<u64>().unwrap_or(0),
                    _ => {}
                }
            }
        }
        // node --test: "ℹ pass 12" / "ℹ fail 0", or "# pass 12" with the tap reporter
        let trimmed = line.trim_start_matches(['ℹ', '#', ' ']);
        if let Some(n) = trimmed.strip_prefix("pass ") {
            self.passed += n.trim().parse::<u64>().unwrap_or(0);
        }
        if let Some(n) = trimmed.strip_prefix("fail ") {
            self.failed += n.trim().parse::<u64>().unwrap_or(0);
        }
    }
}

/// Runs a test command, echoing its output and counting its results.
fn run_counted(mut command: Command, tally: &mut Tally) -> Result {
    let shown = format!("{command:?}");
    eprintln!("$ {shown}");
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{shown}: {e}"))?;
    let stdout = child.stdout.take().unwrap();
    for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
        println!("{line}");
        tally.read(&line);
    }
    let status = child.wait().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}
