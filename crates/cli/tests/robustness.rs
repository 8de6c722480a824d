//! Robustness: programs that hammer builtins with wrong argument counts and types, and
//! recurse deeply through Python and native code, must end normally (exceptions are fine),
//! never with a Rust panic, abort, stack overflow or signal.

use std::path::Path;
use std::process::Command;

fn run(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/robustness");
    let out = Command::new(env!("CARGO_BIN_EXE_ferrum"))
        .arg(name)
        .current_dir(&dir)
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("failed to start ferrum");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.code() == Some(0),
        "{name}: exit status {:?}\nstderr:\n{stderr}",
        out.status
    );
    assert!(
        !stderr.contains("panicked"),
        "{name}: a Rust panic was reported:\n{stderr}"
    );
}

#[test]
fn call_every_method_with_bad_arguments() {
    run("call_every_method.py");
}

#[test]
fn call_every_builtin_with_bad_arguments() {
    run("call_every_builtin.py");
}

#[test]
fn deep_recursion_raises_recursion_error() {
    run("deep_recursion.py");
}
