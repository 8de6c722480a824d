//! The `sys` module: interpreter state visible to Python (`argv`, `path`, `modules`, the
//! standard streams, `exit`, version information, recursion limit, `_getframe`,
//! `exc_info`, ...). See docs/design/stdlib-bridge.md.

use crate::builtins::structseq::{new_structseq, new_structseq_type};
use crate::call::check_args;
use crate::object::containers::{new_dict, new_list, new_tuple};
use crate::object::int::int_from_i64;
use crate::object::misc::ModuleData;
use crate::object::str::{as_str, new_str};
use crate::object::ObjRef;
use crate::protocol::{self as p, new_builtin_function};
use crate::thread_state::{Config, ThreadState};
use crate::types::{dict_set_str, types};
use crate::value::Value;
use crate::PyResult;

/// Reads an attribute of the `sys` module without raising.
pub fn sys_attr(ts: &ThreadState, name: &str) -> Option<Value> {
    let m = ts.interp.sys.downcast::<ModuleData>()?;
    p::dict_get_str(&m.dict, name)
}

/// Fills the `sys` module's namespace.
pub fn populate(dict: &ObjRef, modules: &ObjRef, config: &Config) {
    let set = |n: &str, v: Value| dict_set_str(dict, n, v);
    set("__name__", new_str("sys"));
    set("modules", modules.clone().into_value());
    set(
        "argv",
        new_list(config.argv.iter().map(|a| new_str(a.as_str())).collect()),
    );
    set(
        "orig_argv",
        new_list(config.argv.iter().map(|a| new_str(a.as_str())).collect()),
    );
    set(
        "path",
        new_list(config.path.iter().map(|a| new_str(a.as_str())).collect()),
    );
    set("executable", new_str(config.executable.as_str()));
    set("_base_executable", new_str(config.executable.as_str()));
    set("platform", new_str("linux"));
    set(
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("maxsize", int_from_i64(i64::MAX));
    set("maxunicode", int_from_i64(0x10ffff));
    set("version", new_str("3.11.7 (ferrum 0.1.0) [rustc]"));
    set("hexversion", int_from_i64(0x030b07f0));
    set("api_version", int_from_i64(1013));
    set("copyright", new_str("Copyright (c) Ferrum authors."));
    set("prefix", new_str("/usr"));
    set("exec_prefix", new_str("/usr"));
    set("base_prefix", new_str("/usr"));
    set("base_exec_prefix", new_str("/usr"));
    set("platlibdir", new_str("lib"));
    set("pycache_prefix", Value::NONE);
    set("dont_write_bytecode", Value::TRUE);
    set("meta_path", new_list(vec![]));
    set("path_hooks", new_list(vec![]));
    set("path_importer_cache", new_dict().into_value());
    set(
        "builtin_module_names",
        new_tuple(
            [
                "_sre",
                "_codecs",
                "_thread",
                "_weakref",
                "builtins",
                "itertools",
                "math",
                "posix",
                "sys",
            ]
            .into_iter()
            .map(new_str)
            .collect(),
        ),
    );
    set("stdlib_module_names", new_tuple(vec![]));
    set("warnoptions", new_list(vec![]));
    set("_xoptions", new_dict().into_value());
    set("stdin", crate::builtins::io::std_stream(0, false));
    set(
        "stdout",
        crate::builtins::io::std_stream(1, config.unbuffered),
    );
    set("stderr", crate::builtins::io::std_stream(2, true));
    for (n, fd) in [("__stdin__", 0), ("__stdout__", 1), ("__stderr__", 2)] {
        if let Some(v) = p::dict_get_str(dict, &n[2..n.len() - 2]) {
            let _ = fd;
            set(n, v);
        }
    }
    let vi_type = new_structseq_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version_info = |a: i64, b: i64, c: i64, level: &str, serial: i64| {
        new_structseq(
            &vi_type,
            vec![
                int_from_i64(a),
                int_from_i64(b),
                int_from_i64(c),
                new_str(level),
                int_from_i64(serial),
            ],
        )
    };
    set("version_info", version_info(3, 11, 7, "final", 0));
    let ns = crate::object::alloc(&types().simple_namespace, crate::object::misc::ObjectData);
    let nsd = new_dict();
    dict_set_str(&nsd, "name", new_str("ferrum"));
    dict_set_str(&nsd, "cache_tag", new_str("ferrum-011"));
    dict_set_str(&nsd, "version", version_info(0, 1, 0, "alpha", 0));
    dict_set_str(&nsd, "hexversion", int_from_i64(0x000100a0));
    dict_set_str(&nsd, "_multiarch", new_str("x86_64-linux-gnu"));
    ns.set_dict(Some(nsd));
    set("implementation", ns.into_value());
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("exit", |ts, a, k| {
            check_args(ts, "exit", a, k, 0, 1)?;
            // As PyErr_SetObject: a tuple argument becomes the exception's args.
            let args: Vec<Value> = match a.first() {
                Some(t) if crate::object::containers::as_tuple(t).is_some() => {
                    crate::object::containers::as_tuple(t)
                        .unwrap_or(&[])
                        .to_vec()
                }
                Some(x) if x.is_none() => vec![],
                Some(x) => vec![x.clone()],
                None => vec![],
            };
            Err(crate::PyErr(
                ts.new_exception_called(&types().system_exit, args)?,
            ))
        }),
        ("getrecursionlimit", |ts, _, _| {
            Ok(int_from_i64(i64::from(ts.recursion_limit.get())))
        }),
        ("setrecursionlimit", |ts, a, k| {
            check_args(ts, "setrecursionlimit", a, k, 1, 1)?;
            let n = p::index_i64(ts, &a[0])?;
            if n < 1 {
                return Err(ts.value_error("recursion limit must be greater or equal than 1"));
            }
            let n = n.min(i64::from(i32::MAX / 2)) as i32;
            let used = ts.recursion_limit.get() - ts.recursion_remaining.get();
            if n <= used {
                return Err(ts.new_error(&types().recursion_error, format!(
                    "cannot set the recursion limit to {n} at the recursion depth {used}: the limit is too low"
                )));
            }
            ts.recursion_limit.set(n);
            ts.recursion_remaining.set(n - used);
            Ok(Value::NONE)
        }),
        ("getrefcount", |ts, a, k| {
            check_args(ts, "getrefcount", a, k, 1, 1)?;
            Ok(int_from_i64(
                a[0].as_obj()
                    .map_or(1 << 30, |o| o.header().refcnt() as i64),
            ))
        }),
        ("getsizeof", |ts, a, k| {
            check_args(ts, "getsizeof", a, k, 1, 2)?;
            let n = match p::call_special(ts, &a[0], "__sizeof__", &[]) {
                Ok(Some(r)) => {
                    if !crate::object::int::is_int(&r) {
                        return Err(ts.type_error("an integer is required"));
                    }
                    let n = p::index_i64(ts, &r)?;
                    if n < 0 {
                        return Err(ts.value_error("__sizeof__() should return >= 0"));
                    }
                    n
                }
                // No `__sizeof__`: a header plus a word per item is a fair estimate.
                Ok(None) => 56 + 8 * p::len(ts, &a[0]).unwrap_or(0) as i64,
                Err(e) => match a.get(1) {
                    Some(d) => return Ok(d.clone()),
                    None => return Err(e),
                },
            };
            Ok(int_from_i64(n + 16))
        }),
        ("intern", |ts, a, k| {
            check_args(ts, "intern", a, k, 1, 1)?;
            let s = as_str(&a[0]).ok_or_else(|| {
                ts.type_error(format!(
                    "intern() argument must be str, not {}",
                    p::type_name(&a[0])
                ))
            })?;
            Ok(crate::object::str::intern(s).into_value())
        }),
        ("_getframe", |ts, a, _| {
            let depth = match a.first() {
                Some(d) => p::index_i64(ts, d)?,
                None => 0,
            };
            getframe(ts, depth)
        }),
        ("exc_info", |ts, _, _| {
            let h = ts.handled.get();
            if h.is_null() || h.is_none() {
                return Ok(new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
            }
            let ty = crate::types::type_of(&h).clone().into_value();
            let tb = crate::builtins::exceptions::traceback_of(&h);
            Ok(new_tuple(vec![ty, h, tb]))
        }),
        ("exception", |ts, _, _| {
            let h = ts.handled.get();
            Ok(if h.is_null() { Value::NONE } else { h })
        }),
        ("getdefaultencoding", |_, _, _| Ok(new_str("utf-8"))),
        ("getfilesystemencoding", |_, _, _| Ok(new_str("utf-8"))),
        ("getfilesystemencodeerrors", |_, _, _| {
            Ok(new_str("surrogateescape"))
        }),
        ("displayhook", |ts, a, _| {
            displayhook(ts, a.first().unwrap_or(&Value::NONE))
        }),
        ("excepthook", |ts, a, _| {
            check_args(ts, "excepthook", a, &[], 3, 3)?;
            let text = crate::builtins::traceback::format_exception(ts, &a[1]);
            crate::builtins::io::write_stderr(ts, &text);
            Ok(Value::NONE)
        }),
        ("get_int_max_str_digits", |_, _, _| {
            Ok(int_from_i64(
                crate::builtins::numbers::int_max_str_digits() as i64
            ))
        }),
        ("set_int_max_str_digits", |ts, a, k| {
            let [n] =
                crate::call::parse_args(ts, "set_int_max_str_digits", a, k, ["maxdigits"], 1, 1)?;
            let n = crate::protocol::index_i64(ts, &n.unwrap_or(Value::NONE))?;
            crate::builtins::numbers::set_int_max_str_digits(ts, n)?;
            Ok(Value::NONE)
        }),
        ("audit", |_, _, _| Ok(Value::NONE)),
        ("addaudithook", |_, _, _| Ok(Value::NONE)),
        ("is_finalizing", |_, _, _| Ok(Value::FALSE)),
        ("getswitchinterval", |_, _, _| Ok(Value::from_f64(0.005))),
        ("setswitchinterval", |_, _, _| Ok(Value::NONE)),
        ("breakpointhook", |_, _, _| Ok(Value::NONE)),
        ("unraisablehook", |ts, a, k| {
            check_args(ts, "sys.unraisablehook", a, k, 1, 1)?;
            let u = &a[0];
            let get = |n: &str| {
                u.as_obj()
                    .and_then(|o| o.dict())
                    .and_then(|d| p::dict_get_str(&d, n))
                    .unwrap_or(Value::NONE)
            };
            let value = get("exc_value");
            let msg = get("err_msg");
            let head = if msg.is_none() {
                "Exception ignored in".to_string()
            } else {
                p::str_string(ts, &msg)?
            };
            let obj = get("object");
            let where_ = if obj.is_none() {
                head
            } else {
                format!("{head}: {}", p::repr_string(ts, &obj)?)
            };
            if let Some(e) = value.as_obj() {
                crate::builtins::traceback::write_unraisable(ts, &where_, &crate::PyErr(e.clone()));
            }
            Ok(Value::NONE)
        }),
    ];
    for (n, f) in fns {
        set(n, new_builtin_function(n, *f, Some("sys")));
    }
    if let Some(eh) = p::dict_get_str(dict, "excepthook") {
        set("__excepthook__", eh);
    }
    if let Some(uh) = p::dict_get_str(dict, "unraisablehook") {
        set("__unraisablehook__", uh);
    }
    if let Some(dh) = p::dict_get_str(dict, "displayhook") {
        set("__displayhook__", dh);
    }
    if let Some(bh) = p::dict_get_str(dict, "breakpointhook") {
        set("__breakpointhook__", bh);
    }
    let flag_values: [(&'static str, Value); 18] = [
        ("debug", int_from_i64(0)),
        ("inspect", int_from_i64(0)),
        ("interactive", int_from_i64(i64::from(config.interactive))),
        ("optimize", int_from_i64(i64::from(config.optimize))),
        ("dont_write_bytecode", int_from_i64(1)),
        ("no_user_site", int_from_i64(1)),
        ("no_site", int_from_i64(i64::from(config.no_site))),
        (
            "ignore_environment",
            int_from_i64(i64::from(config.ignore_environment)),
        ),
        ("verbose", int_from_i64(0)),
        ("bytes_warning", int_from_i64(0)),
        ("quiet", int_from_i64(0)),
        // str hashes are CPython's with PYTHONHASHSEED=0: never randomized.
        ("hash_randomization", int_from_i64(0)),
        ("isolated", int_from_i64(0)),
        ("dev_mode", Value::FALSE),
        ("utf8_mode", int_from_i64(1)),
        ("warn_default_encoding", int_from_i64(0)),
        ("safe_path", Value::FALSE),
        ("int_max_str_digits", int_from_i64(-1)),
    ];
    let flags_type = new_structseq_type("sys", "flags", &flag_values.each_ref().map(|(n, _)| *n));
    set(
        "flags",
        new_structseq(
            &flags_type,
            flag_values.into_iter().map(|(_, v)| v).collect(),
        ),
    );
    let fi_type = new_structseq_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    set(
        "float_info",
        new_structseq(
            &fi_type,
            vec![
                Value::from_f64(f64::MAX),
                int_from_i64(1024),
                int_from_i64(308),
                Value::from_f64(f64::MIN_POSITIVE),
                int_from_i64(-1021),
                int_from_i64(-307),
                int_from_i64(15),
                int_from_i64(53),
                Value::from_f64(f64::EPSILON),
                int_from_i64(2),
                int_from_i64(1),
            ],
        ),
    );
    set("float_repr_style", new_str("short"));
    let ii_type = new_structseq_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    set(
        "int_info",
        new_structseq(
            &ii_type,
            vec![
                int_from_i64(30),
                int_from_i64(4),
                int_from_i64(4300),
                int_from_i64(640),
            ],
        ),
    );
    let hi_type = new_structseq_type(
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
    );
    set(
        "hash_info",
        new_structseq(
            &hi_type,
            vec![
                int_from_i64(64),
                int_from_i64((1 << 61) - 1),
                int_from_i64(314_159),
                int_from_i64(0),
                int_from_i64(1_000_003),
                new_str("siphash13"),
                int_from_i64(64),
                int_from_i64(128),
                int_from_i64(0),
            ],
        ),
    );
}

/// `sys._getframe(depth)`.
fn getframe(ts: &ThreadState, depth: i64) -> PyResult<Value> {
    let mut f = ts.current_frame.get();
    let mut d = depth;
    // SAFETY: the frame chain links initialised frames; entry frames are skipped.
    unsafe {
        loop {
            while !f.is_null() && (*f).owner == crate::frame::FrameOwner::Entry {
                f = (*f).previous;
            }
            if f.is_null() {
                return Err(ts.value_error("call stack is not deep enough"));
            }
            if d == 0 {
                return Ok(crate::builtins::frameobject::frame_object(f));
            }
            d -= 1;
            f = (*f).previous;
        }
    }
}

/// What interactive-mode expression statements do: call the current `sys.displayhook`.
pub fn call_displayhook(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    match sys_attr(ts, "displayhook") {
        Some(hook) => p::call(ts, &hook, std::slice::from_ref(v), &[]),
        None => Err(ts.new_error(&types().runtime_error, "lost sys.displayhook")),
    }
}

/// `sys.displayhook(value)`: prints `repr(value)` and stores it in `builtins._`.
pub fn displayhook(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    if v.is_none() {
        return Ok(Value::NONE);
    }
    dict_set_str(&ts.interp.builtins, "_", Value::NONE);
    let r = p::repr_string(ts, v)?;
    if let Some(out) = sys_attr(ts, "stdout") {
        p::call_method(ts, &out, "write", &[new_str(format!("{r}\n"))])?;
    }
    dict_set_str(&ts.interp.builtins, "_", v.clone());
    Ok(Value::NONE)
}

impl ThreadState {
    /// Instantiates an exception class by calling it (so `__init__` runs).
    pub fn new_exception_called(&self, ty: &ObjRef, args: Vec<Value>) -> PyResult<ObjRef> {
        let v = p::call(self, ty.as_value(), &args, &[])?;
        v.as_obj()
            .cloned()
            .ok_or_else(|| self.type_error("exception construction failed"))
    }
}
