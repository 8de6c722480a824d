//! Interpreter lifecycle: creating the runtime (types, builtins, `sys`), compiling source
//! into code objects (turning compile errors into SyntaxError), running code in a namespace,
//! native modules, and the top-level drivers for scripts, `-c`, `-m` and exit status.
//! See docs/design/frames-and-calls.md.

use crate::frame::{FrameOwner, InterpreterFrame, HEADER_WORDS};
use crate::object::code::new_code_object;
use crate::object::containers::{new_dict, new_tuple};
use crate::object::function::CodeData;
use crate::object::int::{as_i64, int_from_i64};
use crate::object::misc::ModuleData;
use crate::object::str::{as_str, new_str};
use crate::object::{alloc, ObjRef};
use crate::protocol as p;
use crate::thread_state::{Config, Gil, InterpreterState, ThreadState};
use crate::types::{dict_set_str, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Creates the interpreter state (leaked: it lives as long as the process).
pub fn create_interpreter(config: Config) -> &'static InterpreterState {
    crate::types::init_types();
    crate::builtins::init();
    let t = types();
    let modules = new_dict();
    let builtins = new_dict();
    crate::builtins::functions::populate(&builtins);
    if config.optimize > 0 {
        dict_set_str(&builtins, "__debug__", Value::FALSE);
    }
    let builtins_module = alloc(
        &t.module,
        ModuleData {
            dict: builtins.clone(),
        },
    );
    builtins_module.set_dict(Some(builtins.clone()));
    let sys_dict = new_dict();
    crate::builtins::sys::populate(&sys_dict, &modules, &config);
    let sys = alloc(
        &t.module,
        ModuleData {
            dict: sys_dict.clone(),
        },
    );
    sys.set_dict(Some(sys_dict));
    dict_set_str(&modules, "builtins", builtins_module.clone().into_value());
    dict_set_str(&modules, "sys", sys.clone().into_value());
    crate::builtins::module_type_init();
    Box::leak(Box::new(InterpreterState {
        modules,
        builtins_module,
        builtins,
        sys,
        config,
        gil: Gil::new(),
    }))
}

/// Native modules importable by name.
pub fn native_module(ts: &ThreadState, name: &str) -> PyResult<Option<Value>> {
    let make: fn(&ObjRef) = match name {
        "dis" => crate::builtins::dis::make_dis_module,
        "opcode" => crate::builtins::dis::make_opcode_module,
        "math" => crate::builtins::math::make_math_module,
        "_weakref" => crate::builtins::weakref::make_weakref_module,
        "itertools" => crate::builtins::itertools::make_itertools_module,
        "_thread" => crate::builtins::thread::make_thread_module,
        "posix" => crate::builtins::posix::make_posix_module,
        "_collections" => crate::builtins::collections::make_collections_module,
        "_string" => crate::builtins::string::make_string_module,
        "gc" => crate::builtins::gc::make_gc_module,
        "atexit" => crate::builtins::atexit::make_atexit_module,
        "_operator" => crate::builtins::operator::make_operator_module,
        "errno" => crate::builtins::errno::make_errno_module,
        "time" => crate::builtins::time::make_time_module,
        "_struct" => crate::builtins::structmod::make_struct_module,
        "_random" => crate::builtins::random::make_random_module,
        "_sha512" => crate::builtins::sha512::make_sha512_module,
        "cmath" => crate::builtins::cmath::make_cmath_module,
        "_heapq" => crate::builtins::heapbisect::make_heapq_module,
        "_bisect" => crate::builtins::heapbisect::make_bisect_module,
        "_sre" => crate::builtins::sre::make_sre_module,
        "_codecs" => crate::builtins::codecs::make_codecs_module,
        "unicodedata" => crate::builtins::unicodedata::make_unicodedata_module,
        _ => return Ok(None),
    };
    let m = crate::import::new_module(ts, name);
    if let Some(d) = crate::import::module_dict(m.as_value()) {
        make(&d);
        dict_set_str(&d, "__name__", new_str(name));
    }
    p::dict_set_str(ts, &ts.interp.modules, name, m.clone().into_value())?;
    Ok(Some(m.into_value()))
}

/// Compiles source to a code object value; compile errors become SyntaxError.
pub fn compile_source(
    ts: &ThreadState,
    source: &str,
    filename: &str,
    mode: ferrum_compiler::Mode,
) -> PyResult<Value> {
    compile_source_flags(ts, source, filename, mode, 0)
}

/// [`compile_source`] with future-feature flags (`compile(flags=...)` or inherited from the
/// calling code). Compile-time warnings are written to `sys.stderr` as the `warnings` module
/// shows them.
pub fn compile_source_flags(
    ts: &ThreadState,
    source: &str,
    filename: &str,
    mode: ferrum_compiler::Mode,
    flags: u32,
) -> PyResult<Value> {
    let opts = ferrum_compiler::CompileOptions {
        optimize: ts.interp.config.optimize,
        flags,
    };
    // Pseudo-files (`<string>`, `<stdin>`) have no source lines in tracebacks, as in CPython.
    if !filename.starts_with('<') {
        crate::import::remember_source(filename, source);
    }
    match ferrum_compiler::compile_with_warnings(source, filename, mode, &opts) {
        Ok(c) => {
            for w in &c.warnings {
                let mut text = format!("{}:{}: {}: {}\n", w.filename, w.lineno, w.category, w.msg);
                if !filename.starts_with('<') {
                    let line = (w.lineno as usize)
                        .checked_sub(1)
                        .and_then(|i| source.lines().nth(i))
                        .map(str::trim)
                        .unwrap_or("");
                    if !line.is_empty() {
                        text.push_str(&format!("  {line}\n"));
                    }
                }
                crate::builtins::io::write_stderr(ts, &text);
            }
            Ok(new_code_object(c.code).into_value())
        }
        Err(e) => Err(syntax_error(ts, &e)),
    }
}

/// The future-feature flags of the running code (what `compile`, `exec` and `eval` inherit).
pub fn inherited_future_flags(ts: &ThreadState) -> u32 {
    let f = ts.current_frame.get();
    if f.is_null() {
        return 0;
    }
    // SAFETY: the current frame is initialised while it is current.
    let code = unsafe { InterpreterFrame::code(f) };
    code.code.flags & ferrum_compiler::future::FUTURE_MASK
}

/// Turns a compiler error into the Python exception.
pub fn syntax_error(ts: &ThreadState, e: &ferrum_compiler::CompileError) -> PyErr {
    use ferrum_compiler::CompileErrorKind as K;
    let t = types();
    let ty = match e.kind {
        K::SyntaxError => t.syntax_error.clone(),
        K::IndentationError => t.indentation_error.clone(),
        K::TabError => t.tab_error.clone(),
        K::RecursionError => return ts.new_error(&t.recursion_error, e.msg.clone()),
    };
    let text = e.text.clone().map_or(Value::NONE, new_str);
    let details = new_tuple(vec![
        new_str(e.filename.as_str()),
        int_from_i64(i64::from(e.lineno)),
        int_from_i64(i64::from(e.offset)),
        text,
        int_from_i64(i64::from(e.end_lineno)),
        // 0: no end position (CPython's `end_offset` is None).
        if e.end_offset == 0 {
            Value::NONE
        } else {
            int_from_i64(i64::from(e.end_offset))
        },
    ]);
    match p::call(ts, ty.as_value(), &[new_str(e.msg.as_str()), details], &[]) {
        Ok(v) => match v.as_obj() {
            Some(o) => PyErr(o.clone()),
            None => ts.runtime_error("bad SyntaxError"),
        },
        Err(err) => err,
    }
}

/// Runs a code object with the given globals and locals mapping (module or class level).
pub fn run_code(
    ts: &ThreadState,
    code: &Value,
    globals: &Value,
    locals: &Value,
) -> PyResult<Value> {
    let Some(co) = code.as_obj().filter(|o| o.is::<CodeData>()) else {
        return Err(ts.type_error("expected a code object"));
    };
    // SAFETY: checked above.
    let cd = unsafe { co.downcast_unchecked::<CodeData>() };
    if cd.code.nlocalsplus() > 0 && cd.code.flags & ferrum_bytecode::code::flags::OPTIMIZED != 0 {
        return Err(ts.type_error("code object passed to exec() may not contain free variables"));
    }
    let builtins = globals
        .as_obj()
        .and_then(|g| p::dict_get_str(g, "__builtins__"))
        .and_then(|b| {
            if crate::object::containers::as_dict(&b).is_some() {
                Some(b)
            } else {
                crate::import::module_dict(&b).map(ObjRef::into_value)
            }
        })
        .unwrap_or_else(|| ts.interp.builtins.clone().into_value());
    let r = ts.recursion_remaining.get() - 1;
    if r < 0 {
        return Err(ts.new_error(&types().recursion_error, "maximum recursion depth exceeded"));
    }
    ts.recursion_remaining.set(r);
    let mem = ts.datastack().push(HEADER_WORDS + cd.framesize);
    let frame = mem as *mut InterpreterFrame;
    // SAFETY: `mem` has room for the header and `framesize` slots.
    unsafe {
        InterpreterFrame::init(
            frame,
            code.clone(),
            cd as *const CodeData,
            Value::NULL,
            globals.clone(),
            builtins,
            locals.clone(),
            cd.framesize,
            FrameOwner::Thread,
            cd.code.nlocalsplus(),
            cd.first_instr(),
            0,
        );
    }
    crate::eval::run_frame(ts, frame)
}

/// The exit status for an uncaught exception (SystemExit codes, else 1 after printing).
pub fn handle_uncaught(ts: &ThreadState, err: &PyErr) -> i32 {
    if p::is_instance_of(err.value(), &types().system_exit) {
        let code = p::getattr_str(ts, err.value(), "code").unwrap_or(Value::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = as_i64(&code) {
            return i as i32;
        }
        let s = p::str_string(ts, &code).unwrap_or_default();
        crate::builtins::io::write_stderr(ts, &format!("{s}\n"));
        return 1;
    }
    if let Some(hook) = crate::builtins::sys::sys_attr(ts, "excepthook") {
        let is_default =
            crate::builtins::sys::sys_attr(ts, "__excepthook__").is_some_and(|d| d.is(&hook));
        if !is_default {
            let ty = crate::types::type_of(err.value()).clone().into_value();
            let tb = crate::builtins::exceptions::traceback_of(err.value());
            if p::call(ts, &hook, &[ty, err.value().clone(), tb], &[]).is_ok() {
                return 1;
            }
        }
    }
    crate::builtins::traceback::print_exception(ts, err);
    1
}

/// Makes the `__main__` module namespace.
pub fn main_namespace(ts: &ThreadState, file: Option<&str>) -> PyResult<ObjRef> {
    let m = crate::import::new_module(ts, "__main__");
    let d =
        crate::import::module_dict(m.as_value()).ok_or_else(|| ts.runtime_error("main dict"))?;
    dict_set_str(
        &d,
        "__builtins__",
        ts.interp.builtins_module.clone().into_value(),
    );
    if let Some(f) = file {
        dict_set_str(&d, "__file__", new_str(f));
    }
    dict_set_str(&d, "__annotations__", new_dict().into_value());
    p::dict_set_str(ts, &ts.interp.modules, "__main__", m.into_value())?;
    Ok(d)
}

/// Interpreter shutdown for `__main__` (CPython's `_PyModule_ClearDict`): its globals are
/// set to None, single-underscore names first, so objects they held are finalized (their
/// `__del__` runs, suspended generators are closed) before the process exits.
pub fn clear_main_module(ts: &ThreadState) {
    let Some(m) = p::dict_get_str(&ts.interp.modules, "__main__") else {
        return;
    };
    let Some(d) = crate::import::module_dict(&m) else {
        return;
    };
    let Some(dd) = d.downcast::<crate::object::containers::DictData>() else {
        return;
    };
    let keys: Vec<Value> = dd.0.with(|t| t.iter().map(|e| e.key.clone()).collect());
    for pass in 0..2 {
        for k in &keys {
            let Some(name) = as_str(k) else {
                continue;
            };
            let underscore = name.starts_with('_') && !name.starts_with("__");
            if name == "__builtins__" || (pass == 0 && !underscore) {
                continue;
            }
            // Storing None under an existing str key cannot fail in a way worth reporting.
            drop(p::dict_set(ts, dd, k.clone(), Value::NONE));
        }
    }
}

/// Runs source text as `__main__`.
pub fn run_main_source(
    ts: &ThreadState,
    source: &str,
    filename: &str,
    file_attr: Option<&str>,
) -> PyResult<Value> {
    let d = main_namespace(ts, file_attr)?;
    let code = compile_source(ts, source, filename, ferrum_compiler::Mode::Exec)?;
    run_code(ts, &code, d.as_value(), d.as_value())
}

/// Runs a module by name as `__main__` (`-m`).
pub fn run_module_main(ts: &ThreadState, name: &str) -> PyResult<Value> {
    if name == "dis" {
        return run_dis_main(ts);
    }
    let sys_path = crate::builtins::sys::sys_attr(ts, "path").unwrap_or(Value::NONE);
    let entries: Vec<String> = p::collect(ts, &sys_path)?
        .iter()
        .filter_map(|x| as_str(x).map(str::to_string))
        .collect();
    let rel = name.replace('.', "/");
    for dir in entries {
        let base = if dir.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(&dir)
        };
        for cand in [
            base.join(format!("{rel}.py")),
            base.join(&rel).join("__main__.py"),
        ] {
            if cand.is_file() {
                let text = std::fs::read_to_string(&cand).map_err(|e| ts.os_error(&e, None))?;
                let f = std::fs::canonicalize(&cand).map_or_else(
                    |_| cand.to_string_lossy().into_owned(),
                    |a| a.to_string_lossy().into_owned(),
                );
                if let Some(argv) = crate::builtins::sys::sys_attr(ts, "argv") {
                    let _ = p::setitem(ts, &argv, &int_from_i64(0), new_str(f.as_str()));
                }
                return run_main_source(ts, &text, &f, Some(&f));
            }
        }
    }
    Err(ts.new_error(&types().import_error, format!("No module named {name}")))
}

/// `ferrum -m dis FILE`: disassembles a source file.
fn run_dis_main(ts: &ThreadState) -> PyResult<Value> {
    let argv = crate::builtins::sys::sys_attr(ts, "argv").unwrap_or(Value::NONE);
    let args: Vec<String> = p::collect(ts, &argv)?
        .iter()
        .filter_map(|x| as_str(x).map(str::to_string))
        .collect();
    let (source, filename) = match args.get(1) {
        Some(f) if f != "-" => (
            std::fs::read_to_string(f).map_err(|e| ts.os_error(&e, Some(new_str(f.as_str()))))?,
            f.clone(),
        ),
        _ => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| ts.os_error(&e, None))?;
            (s, "<stdin>".to_string())
        }
    };
    let code = compile_source(ts, &source, &filename, ferrum_compiler::Mode::Exec)?;
    let text = crate::builtins::dis::dis_text(
        crate::builtins::classes::payload::<CodeData>(&code),
        false,
        false,
    );
    if let Some(out) = crate::builtins::sys::sys_attr(ts, "stdout") {
        p::call_method(ts, &out, "write", &[new_str(text)])?;
    }
    Ok(Value::NONE)
}
