//! Snippet corpus harness.
//!
//! Runs every test program `tests/snippets/<area>/<name>.py` with the built
//! `ferrum` binary and compares its stdout, exit status and stderr with the
//! expectations recorded from CPython 3.11 by `tests/regen.py`:
//!
//! * `<name>.py.out`  — expected stdout (always present),
//! * `<name>.py.err`  — expected stderr (only for programs exiting non-zero),
//! * `<name>.py.code` — expected exit status (absent means 0).
//!
//! Each program runs with its own directory as the working directory and its
//! bare file name as the argument, exactly as the expectations were produced,
//! so traceback paths match. Files whose name starts with `_` and anything in
//! subdirectories of an area are helper modules, not tests.
//!
//! `tests/snippets/xfail.txt` lists programs known to fail (one path relative
//! to `tests/snippets` per line, `#` starts a comment). The test fails when a
//! program not listed fails, and also when a listed program passes, so the list
//! always tells the truth.
//!
//! Environment:
//! * `FERRUM_SNIPPETS=substr` — only run programs whose relative path contains
//!   `substr` (comma-separated alternatives allowed).
//! * `FERRUM_SNIPPETS_BLESS_XFAIL=1` — rewrite xfail.txt so that it lists
//!   exactly the failing programs (entries for programs outside the filter are
//!   kept as they are).
//! * `FERRUM_SNIPPETS_VERBOSE=1` — print every program's result.
//! * `FERRUM_SNIPPETS_JOBS=n` — number of worker threads (default 2).
//! * `FERRUM_SNIPPETS_BIN=path` — run this interpreter instead of the built
//!   `ferrum` (with `/usr/bin/python3.11` every program must pass, which
//!   checks the corpus and the harness themselves).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

fn snippets_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/snippets");
    dir.canonicalize().unwrap_or(dir)
}

/// All test programs, as paths relative to the snippets directory with `/`.
fn find_tests(root: &Path) -> Vec<String> {
    let mut tests = Vec::new();
    let mut areas: Vec<_> = fs::read_dir(root)
        .expect("tests/snippets exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && !n.starts_with('_'))
        .collect();
    areas.sort();
    for area in areas {
        let mut names: Vec<_> = fs::read_dir(root.join(&area))
            .expect("readable area directory")
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
            .collect();
        names.sort();
        tests.extend(names.into_iter().map(|n| format!("{area}/{n}")));
    }
    tests
}

fn read_xfail(path: &Path) -> BTreeSet<String> {
    let Ok(text) = fs::read_to_string(path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn write_xfail(path: &Path, entries: &BTreeSet<String>) {
    let mut text = String::from(
        "# Snippets that ferrum is known to fail (paths relative to tests/snippets).\n\
         # The snippet test fails if a program listed here passes: remove it then.\n\
         # Regenerate with: FERRUM_SNIPPETS_BLESS_XFAIL=1 cargo test -p ferrum-cli --test snippets\n",
    );
    for e in entries {
        text.push_str(e);
        text.push('\n');
    }
    fs::write(path, text).expect("write xfail.txt");
}

struct Output {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
    spawn_error: Option<String>,
}

/// Reads a pipe to its end on a thread; the result arrives on the channel.
fn spawn_reader<R: Read + Send + 'static>(mut r: R) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<ExitStatus>, bool) {
    let start = Instant::now();
    let mut sleep = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let status = child.wait().ok();
            return (status, true);
        }
        thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(25));
    }
}

fn run_program(bin: &Path, root: &Path, rel: &str) -> Output {
    let path = root.join(rel);
    let dir = path.parent().expect("snippet has a directory");
    let name = path.file_name().expect("snippet has a name");
    let mut cmd = Command::new(bin);
    cmd.arg(name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Output {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: None,
                timed_out: false,
                spawn_error: Some(e.to_string()),
            }
        }
    };
    let out = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err = spawn_reader(child.stderr.take().expect("piped stderr"));
    let (status, timed_out) = wait_with_timeout(&mut child, TIMEOUT);
    // Normally the pipes close when the program exits; if some descendant it
    // started still holds them open, give up on the rest of the output after a
    // while (the reader thread is left behind, blocked, and dies with the test).
    let grace = if timed_out {
        Duration::from_secs(1)
    } else {
        Duration::from_secs(5)
    };
    Output {
        stdout: out.recv_timeout(grace).unwrap_or_default(),
        stderr: err.recv_timeout(grace).unwrap_or_default(),
        status,
        timed_out,
        spawn_error: None,
    }
}

/// Removes every occurrence of the snippet directory's absolute path followed
/// by `/`, as `tests/regen.py` does for CPython's output (CPython shows the
/// absolute path of the main script in tracebacks and `__file__`), so that
/// `File "name.py"` matches whether ferrum prints relative or absolute paths.
fn normalize(data: &[u8], dir: &Path) -> Vec<u8> {
    let mut prefixes = vec![format!("{}/", dir.display())];
    if let Ok(canon) = dir.canonicalize() {
        prefixes.push(format!("{}/", canon.display()));
    }
    // The lexically cleaned form (without `crates/cli/../..`).
    let mut clean = PathBuf::new();
    for c in dir.components() {
        match c {
            std::path::Component::ParentDir => {
                clean.pop();
            }
            std::path::Component::CurDir => {}
            other => clean.push(other),
        }
    }
    prefixes.push(format!("{}/", clean.display()));
    prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut data = data.to_vec();
    for p in prefixes {
        data = replace_all(&data, p.as_bytes());
    }
    data
}

fn replace_all(hay: &[u8], needle: &[u8]) -> Vec<u8> {
    if needle.is_empty() || hay.len() < needle.len() {
        return hay.to_vec();
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(needle) {
            i += needle.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// The first differing lines of two texts, as a short diff.
fn short_diff(what: &str, want: &[u8], got: &[u8]) -> String {
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    let w: Vec<&str> = want.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    let first = w.iter().zip(g.iter()).take_while(|(a, b)| a == b).count();
    let mut s = format!("    {what} differs at line {}:\n", first + 1);
    let ctx_start = first.saturating_sub(1);
    for l in w.iter().take(first).skip(ctx_start) {
        let _ = writeln!(s, "      {}", l.trim_end_matches('\n'));
    }
    const MAX: usize = 6;
    for l in w.iter().skip(first).take(MAX) {
        let _ = writeln!(s, "    - {l:?}");
    }
    if w.len() > first + MAX {
        let _ = writeln!(
            s,
            "    - ... ({} more expected lines)",
            w.len() - first - MAX
        );
    }
    for l in g.iter().skip(first).take(MAX) {
        let _ = writeln!(s, "    + {l:?}");
    }
    if g.len() > first + MAX {
        let _ = writeln!(s, "    + ... ({} more actual lines)", g.len() - first - MAX);
    }
    s
}

fn exit_code_string(status: Option<ExitStatus>) -> String {
    match status {
        Some(s) => match s.code() {
            Some(c) => c.to_string(),
            None => {
                #[cfg(unix)]
                {
                    use std::os::unix::process::ExitStatusExt;
                    if let Some(sig) = s.signal() {
                        return format!("killed by signal {sig}");
                    }
                }
                "unknown".to_owned()
            }
        },
        None => "none".to_owned(),
    }
}

/// Checks one program; `Ok(())` when it passes, `Err(explanation)` otherwise.
fn check(bin: &Path, root: &Path, rel: &str) -> Result<(), String> {
    let base = root.join(rel);
    let ext = |e: &str| PathBuf::from(format!("{}.{e}", base.display()));
    let want_out = fs::read(ext("out")).map_err(|e| format!("    missing {rel}.out: {e}\n"))?;
    let want_err = fs::read(ext("err")).ok();
    let want_code: i32 = match fs::read_to_string(ext("code")) {
        Ok(s) => s
            .trim()
            .parse()
            .map_err(|_| format!("    bad {rel}.code\n"))?,
        Err(_) => 0,
    };
    let out = run_program(bin, root, rel);
    if let Some(e) = out.spawn_error {
        return Err(format!("    cannot run {}: {e}\n", bin.display()));
    }
    let dir = base.parent().expect("snippet has a directory");
    let stdout = normalize(&out.stdout, dir);
    let stderr = normalize(&out.stderr, dir);
    let mut problems = String::new();
    if out.timed_out {
        let _ = writeln!(
            problems,
            "    timed out after {}s (killed)",
            TIMEOUT.as_secs()
        );
    }
    let got_code = out.status.and_then(|s| s.code());
    if got_code != Some(want_code) {
        let _ = writeln!(
            problems,
            "    exit status: expected {want_code}, got {}",
            exit_code_string(out.status)
        );
    }
    if stdout != want_out {
        problems.push_str(&short_diff("stdout", &want_out, &stdout));
    }
    if want_err.is_some() || got_code != Some(0) {
        let want_err = want_err.unwrap_or_default();
        if stderr != want_err {
            problems.push_str(&short_diff("stderr", &want_err, &stderr));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[test]
fn snippets() {
    // FERRUM_SNIPPETS_BIN runs another interpreter instead (e.g.
    // /usr/bin/python3.11, which must pass everything: a check of the harness).
    let bin = std::env::var_os("FERRUM_SNIPPETS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ferrum")));
    let root = snippets_dir();
    let xfail_path = root.join("xfail.txt");
    let xfail = read_xfail(&xfail_path);
    let filters: Vec<String> = std::env::var("FERRUM_SNIPPETS")
        .ok()
        .map(|f| {
            f.split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let bless = std::env::var_os("FERRUM_SNIPPETS_BLESS_XFAIL").is_some_and(|v| v == "1");
    let verbose = std::env::var_os("FERRUM_SNIPPETS_VERBOSE").is_some_and(|v| v == "1");
    let jobs: usize = std::env::var("FERRUM_SNIPPETS_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .filter(|&j| j > 0)
        .unwrap_or(2);

    let all = find_tests(&root);
    assert!(
        !all.is_empty(),
        "no snippets found under {}",
        root.display()
    );
    let tests: Vec<String> = all
        .iter()
        .filter(|t| filters.is_empty() || filters.iter().any(|f| t.contains(f.as_str())))
        .cloned()
        .collect();

    // Stale xfail entries (programs that no longer exist) are reported too.
    let existing: BTreeSet<&String> = all.iter().collect();
    let stale: Vec<&String> = xfail.iter().filter(|x| !existing.contains(x)).collect();

    let queue = Arc::new(Mutex::new(tests.clone().into_iter().enumerate()));
    let results: Arc<Mutex<Vec<Option<Result<(), String>>>>> =
        Arc::new(Mutex::new(vec![None; tests.len()]));
    let started = Instant::now();
    let workers: Vec<_> = (0..jobs.min(tests.len().max(1)))
        .map(|_| {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            let bin = bin.clone();
            let root = root.clone();
            thread::spawn(move || loop {
                let next = queue.lock().unwrap().next();
                let Some((i, rel)) = next else { break };
                let r = check(&bin, &root, &rel);
                if verbose {
                    eprintln!("{} {rel}", if r.is_ok() { "ok  " } else { "FAIL" });
                }
                results.lock().unwrap()[i] = Some(r);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker thread panicked");
    }
    let results = Arc::try_unwrap(results).unwrap().into_inner().unwrap();

    let mut passed = 0;
    let mut expected_failures = 0;
    let mut unexpected_failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut failing_now = BTreeSet::new();
    for (rel, r) in tests.iter().zip(results) {
        let r = r.expect("every program was run");
        let listed = xfail.contains(rel);
        match (r, listed) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => unexpected_passes.push(rel.clone()),
            (Err(_), true) => {
                expected_failures += 1;
                failing_now.insert(rel.clone());
            }
            (Err(why), false) => {
                failing_now.insert(rel.clone());
                unexpected_failures.push((rel.clone(), why));
            }
        }
    }

    let mut report = String::new();
    const DETAILED: usize = 40;
    for (i, (rel, why)) in unexpected_failures.iter().enumerate() {
        if i < DETAILED {
            let _ = writeln!(report, "FAIL (not in xfail.txt): {rel}\n{why}");
        } else {
            let _ = writeln!(report, "FAIL (not in xfail.txt): {rel}");
        }
    }
    for rel in &unexpected_passes {
        let _ = writeln!(report, "UNEXPECTED PASS (remove it from xfail.txt): {rel}");
    }
    for rel in &stale {
        let _ = writeln!(report, "STALE xfail.txt entry (no such program): {rel}");
    }
    // Written to the real stderr (not libtest's captured output) so that the
    // summary shows even when the test passes.
    let mut stderr = std::io::stderr();
    let _ = stderr.write_all(report.as_bytes());
    let summary = format!(
        "snippets: {passed} passed, {expected_failures} expected failures, {} unexpected failures, \
         {} unexpected passes ({} programs in {:.1}s)",
        unexpected_failures.len(),
        unexpected_passes.len(),
        tests.len(),
        started.elapsed().as_secs_f64()
    );
    let _ = writeln!(stderr, "{summary}");

    if bless {
        let tested: BTreeSet<&String> = tests.iter().collect();
        let mut new: BTreeSet<String> = xfail
            .iter()
            .filter(|x| !tested.contains(x) && existing.contains(x))
            .cloned()
            .collect();
        new.extend(failing_now);
        write_xfail(&xfail_path, &new);
        let _ = writeln!(
            stderr,
            "wrote {} entries to {}",
            new.len(),
            xfail_path.display()
        );
        return;
    }

    let ok = unexpected_failures.is_empty() && unexpected_passes.is_empty() && stale.is_empty();
    assert!(
        ok,
        "{summary}\nrun with FERRUM_SNIPPETS=<path> to focus, or \
         FERRUM_SNIPPETS_BLESS_XFAIL=1 to rewrite tests/snippets/xfail.txt"
    );
}
