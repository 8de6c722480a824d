//! Bytecode snapshot tests: every `tests/snapshots/*.py` is compiled and disassembled
//! (recursively, CPython 3.13 `dis` layout) and compared with the committed `*.dis` file.
//! Run with `BLESS=1` to rewrite the expectations after reviewing the differences.

use std::path::Path;

use ferrum_compiler::{compile, display, CompileOptions, Mode};

fn render(path: &Path) -> String {
    let source = std::fs::read_to_string(path).expect("read snapshot source");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("x.py");
    match compile(&source, name, Mode::Exec, &CompileOptions::default()) {
        Ok(code) => display::disassemble(&code),
        Err(e) => format!(
            "{:?}: {} (line {}, offset {})\n",
            e.kind, e.msg, e.lineno, e.offset
        ),
    }
}

#[test]
fn snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("BLESS").is_some();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("snapshot dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty());
    let mut failures = Vec::new();
    for py in entries {
        let got = render(&py);
        let dis = py.with_extension("dis");
        if bless {
            std::fs::write(&dis, &got).expect("write snapshot");
            continue;
        }
        let want = std::fs::read_to_string(&dis).unwrap_or_default();
        if want != got {
            failures.push(format!(
                "--- {} differs; got:\n{got}",
                py.file_name().and_then(|n| n.to_str()).unwrap_or("?")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
