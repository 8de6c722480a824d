//! Ferrum's virtual machine: values, objects, frames, the eval loop, builtins, and the
//! embedding API.
//!
//! The embedding surface is deliberately small: [`Interpreter`] runs source, files and
//! modules; [`Config`] configures it. Everything else is crate-private machinery organised
//! after CPython (see docs/design/).

#![allow(clippy::missing_safety_doc)]

pub mod asyncgen;
mod attr_cache;
mod builtins;
mod call;
mod error;
mod eval;
mod frame;
mod generator;
mod import;
mod interpreter;
mod method_arity;
mod method_arity_table;
mod object;
mod protocol;
mod slots;
mod thread_state;
mod types;
mod value;

pub use error::{PyErr, PyResult};
pub use thread_state::Config;
pub use value::Value;

use thread_state::{InterpreterState, ThreadState};

/// Size of the Rust stack the interpreter expects to run on (see [`Interpreter::run_on_big_stack`]).
pub const STACK_SIZE: usize = 512 << 20;

/// A Python interpreter bound to the current thread.
pub struct Interpreter {
    ts: Box<ThreadState>,
}

impl Interpreter {
    /// Creates an interpreter. Run it on a thread with [`STACK_SIZE`] bytes of stack.
    pub fn new(config: Config) -> Interpreter {
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // Panics inside guarded native calls become Python exceptions: stay quiet.
            if !call::in_guarded_native() {
                default_hook(info);
            }
        }));
        let interp: &'static InterpreterState = interpreter::create_interpreter(config);
        let ts = Box::new(ThreadState::new(interp));
        ts.make_current();
        ts.set_stack_size(STACK_SIZE);
        Interpreter { ts }
    }

    /// Runs `f` on a new thread with a stack large enough for deep native recursion.
    pub fn run_on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        let h = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(f);
        match h.map(std::thread::JoinHandle::join) {
            Ok(Ok(v)) => v,
            _ => std::process::exit(70),
        }
    }

    fn finish(&self, r: PyResult<Value>) -> i32 {
        let code = match r {
            Ok(_) => 0,
            Err(e) => interpreter::handle_uncaught(&self.ts, &e),
        };
        builtins::atexit::run_exitfuncs(&self.ts);
        interpreter::clear_main_module(&self.ts);
        builtins::io::flush_std(&self.ts);
        code
    }

    /// Runs a script file as `__main__`; returns the process exit status.
    pub fn run_file(&self, path: &str) -> i32 {
        let ts = &*self.ts;
        let source = match std::fs::read(path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                let exe = ts.interp.config.executable.clone();
                eprintln!(
                    "{}: can't open file {}: [Errno {}] {}",
                    exe,
                    quote_path(path),
                    e.raw_os_error().unwrap_or(0),
                    io_message(&e)
                );
                return 2;
            }
        };
        let abs = std::fs::canonicalize(path)
            .map_or_else(|_| path.to_string(), |p| p.to_string_lossy().into_owned());
        let r = interpreter::run_main_source(ts, &source, &abs, Some(&abs));
        self.finish(r)
    }

    /// Runs source text (`-c`); returns the exit status.
    pub fn run_source(&self, source: &str) -> i32 {
        let r = interpreter::run_main_source(&self.ts, source, "<string>", None);
        self.finish(r)
    }

    /// Runs a module as `__main__` (`-m`); returns the exit status.
    pub fn run_module(&self, name: &str) -> i32 {
        let ts = &*self.ts;
        let r = interpreter::main_namespace(ts, None)
            .and_then(|_| interpreter::run_module_main(ts, name));
        self.finish(r)
    }

    /// Runs one interactive input; `Ok(true)` if it needs more lines.
    pub fn run_interactive(&self, ns: &mut Option<Value>, source: &str) -> Result<(), String> {
        let ts = &*self.ts;
        let d = match ns {
            Some(d) => d.clone(),
            None => match interpreter::main_namespace(ts, None) {
                Ok(d) => {
                    let v = d.into_value();
                    *ns = Some(v.clone());
                    v
                }
                Err(e) => {
                    interpreter::handle_uncaught(ts, &e);
                    return Ok(());
                }
            },
        };
        let r = interpreter::compile_source(ts, source, "<stdin>", ferrum_compiler::Mode::Single)
            .and_then(|code| interpreter::run_code(ts, &code, &d, &d));
        if let Err(e) = r {
            if protocol::is_instance_of(e.value(), &types::types().system_exit) {
                let code = interpreter::handle_uncaught(ts, &e);
                builtins::io::flush_std(ts);
                std::process::exit(code);
            }
            interpreter::handle_uncaught(ts, &e);
        }
        builtins::io::flush_std(ts);
        Ok(())
    }

    /// Whether `source` is an incomplete interactive statement (the REPL should read more).
    pub fn is_incomplete(source: &str) -> bool {
        let opts = ferrum_compiler::CompileOptions::default();
        match ferrum_compiler::compile(source, "<stdin>", ferrum_compiler::Mode::Single, &opts) {
            Ok(_) => false,
            Err(e) => {
                let m = e.msg.as_str();
                m.contains("never closed")
                    || m.contains("expected an indented block")
                    || m.contains("unexpected EOF")
                    || m.contains("incomplete input")
                    || (m.contains("unterminated triple-quoted") && !source.ends_with("\n\n"))
            }
        }
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        builtins::io::flush_std(&self.ts);
    }
}

fn quote_path(p: &str) -> String {
    format!(
        "'{}'",
        std::path::Path::new(p).canonicalize().map_or_else(
            |_| {
                let cwd = std::env::current_dir()
                    .map(|d| d.join(p).to_string_lossy().into_owned())
                    .unwrap_or_else(|_| p.to_string());
                cwd
            },
            |a| a.to_string_lossy().into_owned()
        )
    )
}

fn io_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.rfind(" (os error")
        .map_or(s.clone(), |i| s[..i].to_string())
}
