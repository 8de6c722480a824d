//! Prints the disassembly of a Python file: `cargo run -p ferrum-compiler --example dis -- FILE`
//! (`-m eval|single` picks the mode, `-O`/`-OO` the optimization level).

use ferrum_compiler::{compile, display, CompileOptions, Mode};

fn main() {
    let mut mode = Mode::Exec;
    let mut opts = CompileOptions::default();
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-m" => {
                mode = match args.next().as_deref() {
                    Some("eval") => Mode::Eval,
                    Some("single") => Mode::Single,
                    _ => Mode::Exec,
                }
            }
            "-O" => opts.optimize = 1,
            "-OO" => opts.optimize = 2,
            _ => file = Some(a),
        }
    }
    let Some(file) = file else {
        eprintln!("usage: dis [-m exec|eval|single] [-O|-OO] FILE");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{file}: {e}");
            std::process::exit(2);
        }
    };
    let run = move || match compile(&source, &file, mode, &opts) {
        Ok(code) => print!("{}", display::disassemble(&code)),
        Err(e) => {
            println!(
                "{:?}: {} (line {}, offset {}, end {}:{})",
                e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
            );
            if let Some(t) = e.text {
                print!("    {t}");
            }
            std::process::exit(1);
        }
    };
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run)
        .expect("spawn");
    let _ = handle.join();
}
