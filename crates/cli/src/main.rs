//! The `ferrum` command: runs a script, `-c` code, `-m` module, or an interactive REPL, with
//! CPython's command-line options and exit statuses.

#[cfg(feature = "mimalloc")]
mod alloc;

/// The allocator (see the `mimalloc` feature in Cargo.toml).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: alloc::MiMalloc = alloc::MiMalloc;

use std::io::{BufRead, IsTerminal, Write};

use ferrum_vm::{Config, Interpreter};

const USAGE: &str = "usage: ferrum [option] ... [-c cmd | -m mod | file | -] [arg] ...";

enum Action {
    File(String),
    Code(String),
    Module(String),
    Repl,
}

fn parse(args: &[String], config: &mut Config) -> Result<Action, String> {
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            config.argv = args[i..].to_vec();
            return Ok(Action::Repl);
        }
        if !a.starts_with('-') || a.len() < 2 {
            config.argv = args[i..].to_vec();
            return Ok(Action::File(a.clone()));
        }
        if a == "--version" || a == "-V" {
            println!("Python 3.11.7 (ferrum {})", env!("CARGO_PKG_VERSION"));
            std::process::exit(0);
        }
        if a == "-h" || a == "--help" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            match flags[j] {
                'c' | 'm' | 'X' | 'W' => {
                    let rest: String = flags[j + 1..].iter().collect();
                    let val = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        args.get(i).cloned().ok_or_else(|| {
                            format!("Argument expected for the -{} option", flags[j])
                        })?
                    };
                    match flags[j] {
                        'c' => {
                            let mut argv = vec!["-c".to_string()];
                            argv.extend(args[i + 1..].iter().cloned());
                            config.argv = argv;
                            return Ok(Action::Code(val));
                        }
                        'm' => {
                            let mut argv = vec![val.clone()];
                            argv.extend(args[i + 1..].iter().cloned());
                            config.argv = argv;
                            return Ok(Action::Module(val));
                        }
                        'X' => config.xoptions.push(val),
                        _ => {}
                    }
                    j = flags.len();
                    continue;
                }
                'u' => config.unbuffered = true,
                'E' => config.ignore_environment = true,
                'I' => {
                    config.ignore_environment = true;
                }
                'S' => config.no_site = true,
                's' | 'B' | 'q' | 'b' | 'd' | 'v' | 'R' | 'P' => {}
                'O' => config.optimize += 1,
                'i' => config.interactive = true,
                other => return Err(format!("Unknown option: -{other}")),
            }
            j += 1;
        }
        i += 1;
    }
    config.argv = vec![String::new()];
    Ok(Action::Repl)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut config = Config {
        executable: std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "ferrum".into()),
        ..Config::default()
    };
    let action = match parse(&args, &mut config) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}\nTry `ferrum -h' for more information.");
            std::process::exit(2);
        }
    };
    let script_dir = match &action {
        Action::File(f) => std::path::Path::new(f)
            .canonicalize()
            .ok()
            .and_then(|p| p.parent().map(|d| d.to_string_lossy().into_owned()))
            .unwrap_or_default(),
        Action::Module(_) => std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    };
    config.path = vec![script_dir];
    if let (false, Ok(pp)) = (config.ignore_environment, std::env::var("PYTHONPATH")) {
        config
            .path
            .extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    config.path.push("/usr/lib/python3.11".into());
    if let Action::Repl = action {
        config.interactive = true;
    }
    let code = Interpreter::run_on_big_stack(move || {
        let interp = Interpreter::new(config);
        match action {
            Action::File(f) => interp.run_file(&f),
            Action::Code(c) => interp.run_source(&c),
            Action::Module(m) => interp.run_module(&m),
            Action::Repl => repl(&interp),
        }
    });
    std::process::exit(code);
}

fn repl(interp: &Interpreter) -> i32 {
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    if !tty {
        let mut src = String::new();
        for line in stdin.lock().lines() {
            match line {
                Ok(l) => {
                    src.push_str(&l);
                    src.push('\n');
                }
                Err(_) => break,
            }
        }
        return interp.run_source(&src);
    }
    eprintln!(
        "Python 3.11.7 (ferrum {}) on linux",
        env!("CARGO_PKG_VERSION")
    );
    eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let mut ns = None;
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => {
                eprintln!();
                return 0;
            }
            Ok(_) => {}
        }
        buf.push_str(&line);
        let blank = line.trim().is_empty();
        if !blank && Interpreter::is_incomplete(&buf) {
            continue;
        }
        if buf.trim().is_empty() {
            buf.clear();
            continue;
        }
        let src = std::mem::take(&mut buf);
        let _ = interp.run_interactive(&mut ns, &src);
    }
}
