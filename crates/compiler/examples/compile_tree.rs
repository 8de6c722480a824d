//! Compiles every `.py` file under a directory and reports compile errors and panics:
//! `cargo run -p ferrum-compiler --example compile_tree -- DIR`.

use ferrum_compiler::{compile, CompileOptions, Mode};

fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn dump(code: &ferrum_bytecode::CodeObject, file: &str) {
    println!(
        "STACK {file} {} {} {}",
        code.qualname, code.firstlineno, code.stacksize
    );
    for c in &code.consts {
        if let ferrum_bytecode::Constant::Code(inner) = c {
            dump(inner, file);
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let stacks = std::env::args().any(|a| a == "--stacks");
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut files = Vec::new();
            walk(std::path::Path::new(&dir), &mut files);
            files.sort();
            let (mut ok, mut err, mut panics) = (0, 0, 0);
            for f in files {
                let Ok(src) = std::fs::read_to_string(&f) else {
                    continue;
                };
                let name = f.display().to_string();
                let r = std::panic::catch_unwind(|| {
                    compile(&src, &name, Mode::Exec, &CompileOptions::default())
                });
                match r {
                    Ok(Ok(code)) => {
                        ok += 1;
                        if stacks {
                            dump(&code, &name);
                        }
                    }
                    Ok(Err(e)) => {
                        err += 1;
                        println!("ERR {name}:{}: {:?} {}", e.lineno, e.kind, e.msg);
                    }
                    Err(_) => {
                        panics += 1;
                        println!("PANIC {name}");
                    }
                }
            }
            println!("ok {ok} err {err} panics {panics}");
        })
        .expect("spawn");
    let _ = handle.join();
}
