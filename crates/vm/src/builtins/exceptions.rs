//! The exception types' behaviour: construction, `args`, `str`/`repr`, the chaining
//! attributes, subclass-specific attributes (`StopIteration.value`, `SystemExit.code`,
//! `OSError.errno`, `NameError.name`, `SyntaxError` fields, ...), matching in `except`, and
//! building the exception raised by `raise`. See docs/design/exceptions.md.

use crate::builtins::classes::{payload, set_slots};
use crate::object::containers::{as_tuple, new_list, new_tuple};
use crate::object::int::int_from_i64;
use crate::object::misc::ExceptionData;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::TypeData;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// The remaining builtin exception classes (name, base), created at init.
const MORE_EXCEPTIONS: &[(&str, &str)] = &[
    ("BufferError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("ReferenceError", "Exception"),
    ("SystemError", "Exception"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// All builtin exception classes, including those made at init.
pub fn all_exceptions() -> Vec<(String, ObjRef)> {
    EXTRA.with(|e| {
        let mut v: Vec<(String, ObjRef)> = types()
            .exceptions
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect();
        v.extend(e.borrow().iter().cloned());
        v
    })
}

thread_local! {
    static EXTRA: std::cell::RefCell<Vec<(String, ObjRef)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Looks up a builtin exception class by name.
pub fn exception_type(name: &str) -> Option<ObjRef> {
    if let Some(t) = types().exceptions.get(name) {
        return Some(t.clone());
    }
    EXTRA.with(|e| {
        e.borrow()
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.clone())
    })
}

/// Whether a builtin exception class's instances carry fields its base's lack (CPython's
/// own instance structs: `OSError`'s errno, `StopIteration`'s value, ...), which makes it
/// a solid base for the layout of a class deriving from several exceptions.
pub fn adds_fields(td: &TypeData) -> bool {
    !td.heap_type
        && td.payload_id == std::any::TypeId::of::<ExceptionData>()
        && matches!(
            td.name().as_str(),
            "BaseExceptionGroup"
                | "StopIteration"
                | "SystemExit"
                | "ImportError"
                | "OSError"
                | "SyntaxError"
                | "UnicodeError"
                | "AttributeError"
                | "NameError"
        )
}

/// The slot dunders CPython's static definition of an exception class puts in its
/// `__dict__` (what `vars(KeyError)` shows and what a class deriving from several
/// exceptions finds first along its MRO).
fn dict_slot_names(name: &str) -> &'static [&'static str] {
    match name {
        "BaseException" => &["__init__", "__new__", "__str__", "__repr__"],
        "AttributeError" | "KeyError" | "NameError" | "SyntaxError" | "ImportError" => {
            &["__init__", "__str__"]
        }
        "BaseExceptionGroup"
        | "UnicodeDecodeError"
        | "UnicodeEncodeError"
        | "UnicodeTranslateError"
        | "OSError" => &["__init__", "__new__", "__str__"],
        "ExceptionGroup" => &[],
        "BlockingIOError"
        | "BrokenPipeError"
        | "ChildProcessError"
        | "ConnectionAbortedError"
        | "ConnectionError"
        | "ConnectionRefusedError"
        | "ConnectionResetError"
        | "FileExistsError"
        | "FileNotFoundError"
        | "IndentationError"
        | "InterruptedError"
        | "IsADirectoryError"
        | "ModuleNotFoundError"
        | "NotADirectoryError"
        | "PermissionError"
        | "ProcessLookupError"
        | "StopIteration"
        | "SystemExit"
        | "TabError"
        | "TimeoutError"
        | "UnboundLocalError" => &["__init__"],
        _ => &["__init__", "__new__"],
    }
}

/// Installs the exception types' slots and methods.
pub fn init() {
    let t = types();
    for (name, base) in MORE_EXCEPTIONS {
        if let Some(b) = exception_type(base) {
            let ty = crate::types::make_builtin_type::<ExceptionData>(
                name,
                &b,
                Default::default(),
                true,
            );
            EXTRA.with(|e| e.borrow_mut().push(((*name).to_string(), ty)));
        }
    }
    set_slots(&t.base_exception, |s| {
        s.new = Some(exc_new);
        s.init = Some(exc_init);
        s.repr = Some(exc_repr);
        s.str = Some(exc_str);
        s.hash = Some(|_, v| Ok(p::id_hash(v)));
    });
    // Subtypes were created before their base's slots were set: refresh them.
    for (_, ty) in all_exceptions() {
        let base = type_data(&ty).base.get();
        if let Some(b) = base {
            let bs = *type_data(&b).slots();
            type_data(&ty)
                .slots
                .with_mut(|s| crate::types::inherit_slots(s, &bs));
        }
    }
    for (_, ty) in all_exceptions() {
        let mut chain = vec![ty.clone()];
        chain.extend(type_data(&ty).mro_tail.get());
        let bs = *type_data(&t.base_exception).slots();
        type_data(&ty)
            .slots
            .with_mut(|s| crate::types::inherit_slots(s, &bs));
    }
    set_slots(&t.key_error, |s| s.str = Some(key_error_str));
    set_slots(&t.syntax_error, |s| {
        s.str = Some(syntax_error_str);
        s.init = Some(syntax_error_init);
    });
    for name in ["IndentationError", "TabError"] {
        if let Some(ty) = exception_type(name) {
            set_slots(&ty, |s| {
                s.str = Some(syntax_error_str);
                s.init = Some(syntax_error_init);
            });
        }
    }
    set_slots(&t.os_error, |s| {
        s.init = Some(os_error_init);
        s.str = Some(os_error_str);
        s.new = Some(os_error_new);
    });
    for (name, ty) in all_exceptions() {
        if p::is_subtype(&ty, &t.os_error) && name != "OSError" {
            set_slots(&ty, |s| {
                s.init = Some(os_error_init);
                s.str = Some(os_error_str);
                s.new = Some(exc_new);
            });
        }
    }
    set_slots(&t.stop_iteration, |s| s.init = Some(stop_iteration_init));
    let translate = exception_type("UnicodeTranslateError");
    for ty in [&t.unicode_decode_error, &t.unicode_encode_error]
        .into_iter()
        .chain(translate.as_ref())
    {
        set_slots(ty, |s| {
            s.init = Some(unicode_error_init);
            s.str = Some(unicode_error_str);
        });
    }
    set_slots(&t.system_exit, |s| s.init = Some(system_exit_init));
    set_slots(&t.import_error, |s| {
        s.init = Some(import_error_init);
        s.str = Some(import_error_str);
    });
    set_slots(&t.module_not_found_error, |s| {
        s.init = Some(import_error_init);
        s.str = Some(import_error_str);
    });
    set_slots(&t.name_error, |s| s.init = Some(name_error_init));
    set_slots(&t.unbound_local_error, |s| s.init = Some(name_error_init));
    set_slots(&t.attribute_error, |s| s.init = Some(attribute_error_init));
    crate::builtins::exception_group::init();
    add_field_getsets();
    for (_, ty) in all_exceptions() {
        let td = type_data(&ty);
        for &name in dict_slot_names(&td.name()) {
            if name == "__new__" {
                crate::types::add_new_wrapper(&ty);
            } else if p::dict_get_str(&td.dict, name).is_none() {
                crate::builtins::function::add_slot_wrapper(&ty, name);
            }
        }
    }
    add_methods(
        &t.base_exception,
        &[
            ("with_traceback", with_traceback),
            ("add_note", add_note),
            ("__reduce__", exc_reduce),
        ],
    );
    add_getsets(
        &t.base_exception,
        &[
            (
                "args",
                |_, v| Ok(payload::<ExceptionData>(v).args.get()),
                Some(set_args),
            ),
            (
                "__traceback__",
                |_, v| Ok(payload::<ExceptionData>(v).traceback.get()),
                Some(set_traceback),
            ),
            (
                "__cause__",
                |_, v| Ok(payload::<ExceptionData>(v).cause.get()),
                Some(set_cause),
            ),
            (
                "__context__",
                |_, v| Ok(payload::<ExceptionData>(v).context.get()),
                Some(set_context),
            ),
            (
                "__suppress_context__",
                |_, v| {
                    Ok(Value::from_bool(
                        payload::<ExceptionData>(v).suppress_context.get(),
                    ))
                },
                Some(set_suppress),
            ),
        ],
    );
}

fn exc_data(v: &Value) -> Option<&ExceptionData> {
    v.as_obj().and_then(|o| o.downcast::<ExceptionData>())
}

fn exc_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let _ = ts;
    let e = alloc(
        ty,
        ExceptionData {
            args: PyCell::new(new_tuple(args[..npos].to_vec())),
            traceback: PyCell::new(Value::NONE),
            cause: PyCell::new(Value::NONE),
            context: PyCell::new(Value::NONE),
            suppress_context: PyCell::new(false),
            group: None,
            fields: PyCell::new(Vec::new()),
        },
    );
    e.set_dict(Some(crate::object::containers::new_dict()));
    Ok(e.into_value())
}

fn exc_init(ts: &ThreadState, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() && !crate::slots::is_heap_type(type_of(v)) {
        return Err(ts.type_error(format!("{}() takes no keyword arguments", type_name(v))));
    }
    let npos = args.len() - kwnames.len();
    if let Some(d) = exc_data(v) {
        let old = d.args.replace(new_tuple(args[..npos].to_vec()));
        drop(old);
    }
    Ok(())
}

fn args_of(v: &Value) -> Vec<Value> {
    exc_data(v)
        .map(|d| as_tuple(&d.args.get()).unwrap_or(&[]).to_vec())
        .unwrap_or_default()
}

fn exc_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let args = args_of(v);
    match args.len() {
        0 => Ok(new_str("")),
        1 => p::str_(ts, &args[0]),
        _ => p::str_(ts, &new_tuple(args)),
    }
}

fn exc_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let args = args_of(v);
    let name = type_data(type_of(v)).name();
    match args.len() {
        0 => Ok(new_str(format!("{name}()"))),
        1 => Ok(new_str(format!(
            "{}({})",
            name,
            p::repr_string(ts, &args[0])?
        ))),
        _ => Ok(new_str(format!(
            "{}{}",
            name,
            p::repr_string(ts, &new_tuple(args))?
        ))),
    }
}

fn key_error_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let args = args_of(v);
    if args.len() == 1 {
        return p::repr(ts, &args[0]);
    }
    exc_str(ts, v)
}

fn set_attr(_ts: &ThreadState, v: &Value, name: &'static str, value: Value) -> PyResult<()> {
    set_field(v, name, value);
    Ok(())
}

fn get_attr(v: &Value, name: &str) -> Option<Value> {
    field(v, name)
}

/// Sets one of an exception's subclass fields (see [`ExceptionData::fields`]).
pub fn set_field(v: &Value, name: &'static str, value: Value) {
    let Some(d) = exc_data(v) else { return };
    let old = d
        .fields
        .with_mut(|f| match f.iter_mut().find(|(n, _)| *n == name) {
            Some((_, x)) => Some(std::mem::replace(x, value)),
            None => {
                f.push((name, value));
                None
            }
        });
    drop(old);
}

/// One of an exception's subclass fields, if set.
pub fn field(v: &Value, name: &str) -> Option<Value> {
    exc_data(v)?
        .fields
        .with(|f| f.iter().find(|(n, _)| *n == name).map(|(_, x)| x.clone()))
}

/// The names of the exception fields, indexed by the getset functions below.
const FIELD_NAMES: &[&str] = &[
    "value",
    "code",
    "msg",
    "name",
    "path",
    "errno",
    "strerror",
    "filename",
    "filename2",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
    "obj",
    "encoding",
    "object",
    "start",
    "end",
    "reason",
    "characters_written",
];

fn field_get<const I: usize>(_ts: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(field(v, FIELD_NAMES[I]).unwrap_or(Value::NONE))
}

fn field_set<const I: usize>(_ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let name = FIELD_NAMES[I];
    match x {
        Some(x) => set_field(v, name, x),
        None => {
            if let Some(d) = exc_data(v) {
                let old = d.fields.with_mut(|f| {
                    let i = f.iter().position(|(n, _)| *n == name)?;
                    Some(f.remove(i))
                });
                drop(old);
            }
        }
    }
    Ok(())
}

/// Member descriptors for the fields of CPython's exception instance structs.
fn add_field_getsets() {
    macro_rules! fields {
        ($ty:expr, [$($i:literal),*]) => {
            if let Some(t) = exception_type($ty) {
                add_getsets(
                    &t,
                    &[$((FIELD_NAMES[$i], field_get::<$i> as crate::types::Getter, Some(field_set::<$i> as crate::types::Setter))),*],
                );
            }
        };
    }
    fields!("StopIteration", [0]);
    fields!("SystemExit", [1]);
    fields!("ImportError", [2, 3, 4]);
    fields!("OSError", [5, 6, 7, 8]);
    add_getsets(
        &types().os_error,
        &[(
            "characters_written",
            |ts, v| {
                field(v, "characters_written")
                    .ok_or_else(|| ts.attribute_error("characters_written"))
            },
            Some(|ts, v, x| match x {
                Some(x) => {
                    let n = p::index_i64(ts, &x)?;
                    set_field(v, "characters_written", int_from_i64(n));
                    Ok(())
                }
                None => {
                    if field(v, "characters_written").is_none() {
                        return Err(ts.attribute_error("characters_written"));
                    }
                    field_set::<21>(ts, v, None)
                }
            }),
        )],
    );
    fields!("SyntaxError", [2, 7, 9, 10, 11, 12, 13, 14]);
    fields!("AttributeError", [3, 15]);
    fields!("NameError", [3]);
    fields!("UnicodeError", [16, 17, 18, 19, 20]);
}

fn stop_iteration_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    exc_init(ts, v, args, kw)?;
    set_attr(ts, v, "value", args.first().cloned().unwrap_or(Value::NONE))
}

fn system_exit_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    exc_init(ts, v, args, kw)?;
    let code = match args.len() {
        0 => Value::NONE,
        1 => args[0].clone(),
        _ => new_tuple(args.to_vec()),
    };
    set_attr(ts, v, "code", code)
}

fn name_error_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let (pos, kws) = crate::call::split_kwargs(args, kw);
    exc_init(ts, v, pos, &[])?;
    let mut name = Value::NONE;
    if kws.len() > 1 {
        return Err(ts.type_error(format!(
            "NameError() takes at most 1 keyword argument ({} given)",
            kws.len()
        )));
    }
    for (k, x) in kws {
        if k == "name" {
            name = x.clone();
        } else {
            return Err(ts.type_error(format!(
                "'{k}' is an invalid keyword argument for NameError()"
            )));
        }
    }
    set_attr(ts, v, "name", name)
}

fn attribute_error_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let (pos, kws) = crate::call::split_kwargs(args, kw);
    exc_init(ts, v, pos, &[])?;
    let mut name = Value::NONE;
    let mut obj = Value::NONE;
    for (k, x) in kws {
        match k {
            "name" => name = x.clone(),
            "obj" => obj = x.clone(),
            _ => {
                return Err(ts.type_error(format!(
                    "'{k}' is an invalid keyword argument for AttributeError()"
                )))
            }
        }
    }
    set_attr(ts, v, "name", name)?;
    set_attr(ts, v, "obj", obj)
}

fn import_error_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let (pos, kws) = crate::call::split_kwargs(args, kw);
    exc_init(ts, v, pos, &[])?;
    let mut name = Value::NONE;
    let mut path = Value::NONE;
    for (k, x) in kws {
        match k {
            "name" => name = x.clone(),
            "path" => path = x.clone(),
            _ => {
                return Err(ts.type_error(format!(
                    "'{k}' is an invalid keyword argument for ImportError()"
                )))
            }
        }
    }
    set_attr(ts, v, "msg", pos.first().cloned().unwrap_or(Value::NONE))?;
    set_attr(ts, v, "name", name)?;
    set_attr(ts, v, "path", path)
}

fn import_error_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    match get_attr(v, "msg") {
        Some(m) if !m.is_none() => p::str_(ts, &m),
        _ => exc_str(ts, v),
    }
}

fn syntax_error_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    exc_init(ts, v, args, kw)?;
    let npos = args.len() - kw.len();
    set_attr(
        ts,
        v,
        "msg",
        if npos > 0 {
            args[0].clone()
        } else {
            Value::NONE
        },
    )?;
    let details = if npos > 1 {
        as_tuple(&args[1]).map(<[Value]>::to_vec)
    } else {
        None
    };
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    for (i, n) in names.iter().enumerate() {
        let val = details
            .as_ref()
            .and_then(|d| d.get(i).cloned())
            .unwrap_or(Value::NONE);
        set_attr(ts, v, n, val)?;
    }
    set_attr(ts, v, "print_file_and_line", Value::NONE)
}

fn syntax_error_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let msg = get_attr(v, "msg").unwrap_or(Value::NONE);
    let msg_s = if msg.is_none() {
        exc_str(ts, v)?
    } else {
        p::str_(ts, &msg)?
    };
    let msg_s = as_str(&msg_s).unwrap_or("").to_string();
    let filename = get_attr(v, "filename").filter(|f| as_str(f).is_some());
    let lineno = get_attr(v, "lineno").and_then(|l| crate::object::int::as_i64(&l));
    let file = filename.as_ref().and_then(|f| as_str(f)).map(|f| {
        std::path::Path::new(f)
            .file_name()
            .map_or(f.to_string(), |n| n.to_string_lossy().into_owned())
    });
    Ok(new_str(match (file, lineno) {
        (Some(f), Some(l)) => format!("{msg_s} ({f}, line {l})"),
        (Some(f), None) => format!("{msg_s} ({f})"),
        (None, Some(l)) => format!("{msg_s} (line {l})"),
        (None, None) => msg_s,
    }))
}

/// errno -> OSError subclass name.
fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        13 | 1 => "PermissionError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        11 => "BlockingIOError",
        32 => "BrokenPipeError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        103 => "ConnectionAbortedError",
        3 => "ProcessLookupError",
        10 => "ChildProcessError",
        110 => "TimeoutError",
        _ => return None,
    })
}

fn os_error_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut ty = ty.clone();
    if ty.is_same(&types().os_error) && (2..=5).contains(&npos) {
        if let Some(sub) = crate::object::int::as_i64(&args[0]).and_then(os_error_subclass) {
            if let Some(t) = exception_type(sub) {
                ty = t;
            }
        }
    }
    exc_new(ts, &ty, args, kw)
}

fn os_error_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let npos = args.len() - kw.len();
    let (mut errno, mut strerror, mut filename, mut filename2) =
        (Value::NONE, Value::NONE, Value::NONE, Value::NONE);
    let mut stored_args = args[..npos].to_vec();
    if (2..=5).contains(&npos) {
        errno = args[0].clone();
        strerror = args[1].clone();
        if npos >= 3 && !args[2].is_none() {
            let blocking =
                exception_type("BlockingIOError").is_some_and(|b| type_of(v).is_same(&b));
            if blocking && {
                let sl = type_data(type_of(&args[2])).slots();
                sl.index.is_some() || sl.int.is_some() || sl.float.is_some()
            } {
                // BlockingIOError's third argument is the number of characters written.
                let n = p::index_i64(ts, &args[2])?;
                set_field(v, "characters_written", int_from_i64(n));
            } else {
                filename = args[2].clone();
                if npos >= 5 {
                    filename2 = args[4].clone();
                }
                stored_args.truncate(2);
            }
        }
    }
    if let Some(d) = exc_data(v) {
        let old = d.args.replace(new_tuple(stored_args));
        drop(old);
    }
    set_attr(ts, v, "errno", errno)?;
    set_attr(ts, v, "strerror", strerror)?;
    set_attr(ts, v, "filename", filename)?;
    set_attr(ts, v, "filename2", filename2)
}

fn os_error_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let errno = get_attr(v, "errno").unwrap_or(Value::NONE);
    let strerror = get_attr(v, "strerror").unwrap_or(Value::NONE);
    let filename = get_attr(v, "filename").unwrap_or(Value::NONE);
    let filename2 = get_attr(v, "filename2").unwrap_or(Value::NONE);
    if !filename.is_none() && !filename2.is_none() {
        return Ok(new_str(format!(
            "[Errno {}] {}: {} -> {}",
            p::str_string(ts, &errno)?,
            p::str_string(ts, &strerror)?,
            p::repr_string(ts, &filename)?,
            p::repr_string(ts, &filename2)?
        )));
    }
    if !filename.is_none() {
        return Ok(new_str(format!(
            "[Errno {}] {}: {}",
            p::str_string(ts, &errno)?,
            p::str_string(ts, &strerror)?,
            p::repr_string(ts, &filename)?
        )));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Ok(new_str(format!(
            "[Errno {}] {}",
            p::str_string(ts, &errno)?,
            p::str_string(ts, &strerror)?
        )));
    }
    exc_str(ts, v)
}

/// Builds the OSError subclass for a Rust I/O error.
pub fn os_error_from_io(ts: &ThreadState, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    let errno = err.raw_os_error().unwrap_or(0);
    let msg = strerror(errno, err);
    let ty = os_error_subclass(i64::from(errno))
        .and_then(exception_type)
        .unwrap_or_else(|| types().os_error.clone());
    let mut args = vec![int_from_i64(i64::from(errno)), new_str(msg)];
    if let Some(f) = filename {
        args.push(f);
    }
    let exc = ts.new_exception(&ty, vec![]);
    let v = exc.into_value();
    if let Err(e) = os_error_init(ts, &v, &args, &[]) {
        return e;
    }
    match v.as_obj() {
        Some(o) => PyErr(o.clone()),
        None => ts.runtime_error("bad OSError"),
    }
}

fn strerror(errno: i32, err: &std::io::Error) -> String {
    let s = err.to_string();
    // Rust renders "No such file or directory (os error 2)": keep the C message.
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => {
            let _ = errno;
            s
        }
    }
}

fn with_traceback(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(ts.type_error("with_traceback() takes exactly one argument"));
    }
    set_traceback(ts, &a[0], Some(a[1].clone()))?;
    Ok(a[0].clone())
}

fn add_note(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    if a.len() != 2 || as_str(&a[1]).is_none() {
        return Err(ts.type_error(format!(
            "note must be a str, not '{}'",
            a.get(1).map_or_else(|| "NoneType".into(), type_name)
        )));
    }
    let notes = match p::getattr_opt(ts, &a[0], "__notes__")? {
        Some(n) => n,
        None => {
            let l = new_list(vec![]);
            p::setattr(
                ts,
                &a[0],
                &crate::object::str::intern("__notes__"),
                Some(l.clone()),
            )?;
            l
        }
    };
    if crate::object::containers::as_list(&notes).is_none() {
        return Err(ts.type_error("Cannot add note: __notes__ is not a list"));
    }
    p::call_method(ts, &notes, "append", &[a[1].clone()])?;
    Ok(Value::NONE)
}

fn exc_reduce(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = &a[0];
    let _ = ts;
    Ok(new_tuple(vec![
        type_of(v).clone().into_value(),
        exc_data(v).map_or(Value::NONE, |d| d.args.get()),
    ]))
}

fn set_args(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = new_tuple(p::collect(ts, &x.unwrap_or(Value::NONE))?);
    if let Some(d) = exc_data(v) {
        let old = d.args.replace(t);
        drop(old);
    }
    Ok(())
}

fn set_traceback(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.unwrap_or(Value::NONE);
    if !x.is_none()
        && !x
            .as_obj()
            .is_some_and(|o| o.is::<crate::object::misc::TracebackData>())
    {
        return Err(ts.type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(d) = exc_data(v) {
        let old = d.traceback.replace(x);
        drop(old);
    }
    Ok(())
}

fn check_exc_or_none(ts: &ThreadState, x: &Value, what: &str) -> PyResult<()> {
    if x.is_none() || p::is_instance_of(x, &types().base_exception) {
        Ok(())
    } else {
        Err(ts.type_error(format!(
            "exception {what} must be None or derive from BaseException"
        )))
    }
}

fn set_cause(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.unwrap_or(Value::NONE);
    check_exc_or_none(ts, &x, "cause")?;
    if let Some(d) = exc_data(v) {
        let old = d.cause.replace(x);
        drop(old);
        d.suppress_context.with_mut(|s| *s = true);
    }
    Ok(())
}

fn set_context(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.unwrap_or(Value::NONE);
    check_exc_or_none(ts, &x, "context")?;
    if let Some(d) = exc_data(v) {
        let old = d.context.replace(x);
        drop(old);
    }
    Ok(())
}

fn set_suppress(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let b = p::truthy(ts, &x.unwrap_or(Value::FALSE))?;
    if let Some(d) = exc_data(v) {
        d.suppress_context.with_mut(|s| *s = b);
    }
    Ok(())
}

/// `StopIteration.value` of an exception instance.
pub fn stop_iteration_value(v: &Value) -> Value {
    if let Some(x) = get_attr(v, "value") {
        return x;
    }
    args_of(v).first().cloned().unwrap_or(Value::NONE)
}

/// `__traceback__` of an exception value.
pub fn traceback_of(v: &Value) -> Value {
    exc_data(v).map_or(Value::NONE, |d| d.traceback.get())
}

/// CHECK_EXC_MATCH: does `exc` match the `except` clause's type (or tuple of types)?
pub fn exception_matches(ts: &ThreadState, exc: &Value, ty: &Value) -> PyResult<bool> {
    let check = |t: &Value| -> PyResult<()> {
        if t.as_obj()
            .is_some_and(|o| o.is::<TypeData>() && p::is_subtype(o, &types().base_exception))
        {
            Ok(())
        } else {
            Err(ts.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ))
        }
    };
    if let Some(items) = as_tuple(ty) {
        for t in items {
            check(t)?;
        }
        for t in items {
            if t.as_obj().is_some_and(|o| p::is_instance_of(exc, o)) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(ty)?;
    Ok(ty.as_obj().is_some_and(|o| p::is_instance_of(exc, o)))
}

/// CHECK_EG_MATCH: see [`crate::builtins::exception_group::eg_match`].
pub fn eg_match(ts: &ThreadState, eg: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    crate::builtins::exception_group::eg_match(ts, eg, ty)
}

/// CALL_INTRINSIC_2 PREP_RERAISE_STAR: see
/// [`crate::builtins::exception_group::prep_reraise_star`].
pub fn prep_reraise_star(ts: &ThreadState, orig: &Value, excs: &Value) -> PyResult<Value> {
    crate::builtins::exception_group::prep_reraise_star(ts, orig, excs)
}

/// Builds the exception for `raise exc [from cause]`.
pub fn make_raise(ts: &ThreadState, exc: Value, cause: Option<Value>) -> PyErr {
    let inst = match instantiate(ts, &exc) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if let Some(c) = cause {
        let cause_v = if c.is_none() {
            Value::NONE
        } else {
            match instantiate(ts, &c) {
                Ok(ci) => ci.0.into_value(),
                Err(_) => return ts.type_error("exception causes must derive from BaseException"),
            }
        };
        if let Some(d) = inst.0.downcast::<ExceptionData>() {
            let old = d.cause.replace(cause_v);
            drop(old);
            d.suppress_context.with_mut(|s| *s = true);
        }
    }
    inst
}

fn instantiate(ts: &ThreadState, exc: &Value) -> Result<PyErr, PyErr> {
    if let Some(t) = exc.as_obj().filter(|o| o.is::<TypeData>()) {
        if p::is_subtype(t, &types().base_exception) {
            let v = p::call(ts, exc, &[], &[])?;
            return match v
                .as_obj()
                .filter(|_| p::is_instance_of(&v, &types().base_exception))
            {
                Some(o) => Ok(PyErr(o.clone())),
                None => Err(ts.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    p::repr_string(ts, exc)?,
                    type_name(&v)
                ))),
            };
        }
    }
    if p::is_instance_of(exc, &types().base_exception) {
        if let Some(o) = exc.as_obj() {
            return Ok(PyErr(o.clone()));
        }
    }
    Err(ts.type_error("exceptions must derive from BaseException"))
}

/// Sets `name` on a NameError-like exception.
pub fn set_name_attr(e: &PyErr, name: &str) {
    set_field(&e.0.clone().into_value(), "name", new_str(name));
}

/// Sets `name` to None (an UnboundLocalError, as CPython 3.11 raises it).
pub fn set_name_attr_none(e: &PyErr) {
    set_field(&e.0.clone().into_value(), "name", Value::NONE);
}

/// Sets `name`/`obj` on an AttributeError.
pub fn set_attr_error_context(_ts: &ThreadState, e: &PyErr, obj: &Value, name: &str) {
    let v = e.0.clone().into_value();
    set_field(&v, "name", new_str(name));
    set_field(&v, "obj", obj.clone());
}

fn unicode_error_init(ts: &ThreadState, v: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    exc_init(ts, v, args, kw)?;
    if args.len() == 4
        && exception_type("UnicodeTranslateError").is_some_and(|t| p::is_instance_of(v, &t))
    {
        set_attr(ts, v, "encoding", Value::NONE)?;
        for (n, x) in ["object", "start", "end", "reason"].iter().zip(args) {
            set_attr(ts, v, n, x.clone())?;
        }
    }
    if args.len() == 5 {
        for (n, x) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(args)
        {
            set_attr(ts, v, n, x.clone())?;
        }
    }
    Ok(())
}

fn unicode_error_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) = (
        get_attr(v, "encoding"),
        get_attr(v, "object"),
        get_attr(v, "start").and_then(|x| crate::object::int::as_i64(&x)),
        get_attr(v, "end").and_then(|x| crate::object::int::as_i64(&x)),
        get_attr(v, "reason"),
    ) else {
        return exc_str(ts, v);
    };
    let translate =
        exception_type("UnicodeTranslateError").is_some_and(|t| p::is_instance_of(v, &t));
    let enc = if translate {
        String::new()
    } else {
        p::str_string(ts, &enc)?
    };
    let reason = p::str_string(ts, &reason)?;
    let decode = p::is_instance_of(v, &types().unicode_decode_error);
    if decode {
        let bytes = crate::builtins::str::bytes_like(ts, &obj).unwrap_or_default();
        let b = bytes.get(start.max(0) as usize).copied().unwrap_or(0);
        if end == start + 1 {
            return Ok(new_str(format!(
                "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            )));
        }
        return Ok(new_str(format!(
            "'{enc}' codec can't decode bytes in position {}-{}: {reason}",
            start,
            end - 1
        )));
    }
    let text: Vec<char> = as_str(&obj).unwrap_or("").chars().collect();
    let c = text.get(start.max(0) as usize).copied().unwrap_or('\0') as u32;
    if end == start + 1 {
        let esc = if c <= 0xff {
            format!("\\x{c:02x}")
        } else if c <= 0xffff {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        if translate {
            return Ok(new_str(format!(
                "can't translate character '{esc}' in position {start}: {reason}"
            )));
        }
        return Ok(new_str(format!(
            "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
        )));
    }
    if translate {
        return Ok(new_str(format!(
            "can't translate characters in position {}-{}: {reason}",
            start,
            end - 1
        )));
    }
    Ok(new_str(format!(
        "'{enc}' codec can't encode characters in position {}-{}: {reason}",
        start,
        end - 1
    )))
}
