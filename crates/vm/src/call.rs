//! Calls: dispatch on the callable's kind, binding arguments into a new frame's localsplus,
//! and creating generator objects for generator functions. The eval loop handles calls of
//! Python functions itself (no Rust recursion); this path serves native callers. See
//! docs/design/frames-and-calls.md.

use ferrum_bytecode::code::{flags, local_kind};

use crate::frame::{FrameOwner, InterpreterFrame, HEADER_WORDS};
use crate::object::containers::{as_dict, as_tuple, new_dict, new_tuple, DictData};
use crate::object::function::{
    BuiltinFunctionData, CellData, CodeData, FunctionData, MethodData, MethodDescrData, NativeFn,
};
use crate::object::str::as_str;
use crate::object::typeobj::TypeData;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{dict_get, dict_set, type_name};
use crate::thread_state::ThreadState;
use crate::types::{type_data, type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Calls any callable. `args` holds positional arguments followed by keyword values;
/// `kwnames` (strs) names the trailing keyword values.
pub fn call_object(
    ts: &ThreadState,
    f: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let Some(o) = f.as_obj() else {
        return Err(not_callable(ts, f));
    };
    // The common callables, recognised by type pointer (all three types are final).
    let t = o.header().type_ptr();
    let ty = types();
    if std::ptr::eq(t, ty.function.as_ptr()) {
        // SAFETY: instances of the function type carry a FunctionData payload.
        let func = unsafe { o.downcast_unchecked::<FunctionData>() };
        return call_function(ts, o, func, args, kwnames);
    }
    if std::ptr::eq(t, ty.builtin_function.as_ptr()) {
        // SAFETY: instances of builtin_function_or_method carry this payload.
        let b = unsafe { o.downcast_unchecked::<BuiltinFunctionData>() };
        if b.self_.is_null() {
            if let Some(arity) = b.arity {
                let npos = args.len() - kwnames.len();
                crate::method_arity::check(ts, arity, npos, kwnames.len(), None)?;
            }
            return guarded(ts, b.name, b.func, args, kwnames);
        }
        if let Some(arity) = b.arity {
            crate::method_arity::check(
                ts,
                arity,
                args.len() - kwnames.len(),
                kwnames.len(),
                Some(&b.self_),
            )?;
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(b.self_.clone());
        full.extend_from_slice(args);
        return guarded(ts, b.name, b.func, &full, kwnames);
    }
    if std::ptr::eq(t, ty.method.as_ptr()) {
        // SAFETY: instances of the method type carry a MethodData payload.
        let m = unsafe { o.downcast_unchecked::<MethodData>() };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(m.self_.clone());
        full.extend_from_slice(args);
        return call_object(ts, &m.func, &full, kwnames);
    }
    if let Some(d) = o.downcast::<MethodDescrData>() {
        return call_method_descr(ts, d, args, kwnames);
    }
    match type_data(type_of(f)).slots().call {
        Some(c) => {
            ts.enter_recursive_call(" while calling a Python object")?;
            let r = c(ts, f, args, kwnames);
            ts.leave_recursive_call();
            r
        }
        None => Err(not_callable(ts, f)),
    }
}

/// Calls a method descriptor unbound (`list.append(l, 1)`), checking the self type.
pub fn call_method_descr(
    ts: &ThreadState,
    d: &MethodDescrData,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if d.static_method {
        return guarded(ts, d.name, d.func, args, kwnames);
    }
    if d.class_method {
        return guarded(ts, d.name, d.func, args, kwnames);
    }
    let npos = args.len() - kwnames.len();
    if npos == 0 {
        return Err(ts.type_error(format!(
            "unbound method {}.{}() needs an argument",
            type_data(&d.owner).name(),
            d.name
        )));
    }
    if !crate::protocol::is_instance_of(&args[0], &d.owner) {
        return Err(ts.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            type_data(&d.owner).name(),
            type_name(&args[0])
        )));
    }
    if let Some(arity) = d.arity {
        crate::method_arity::check(ts, arity, npos - 1, kwnames.len(), None)?;
    }
    guarded(ts, d.name, d.func, args, kwnames)
}

thread_local! {
    static IN_NATIVE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Whether a native function is running under [`guarded`] (the panic hook stays quiet then).
pub fn in_guarded_native() -> bool {
    IN_NATIVE.with(std::cell::Cell::get) > 0
}

/// Calls a native function, turning a Rust panic inside it (a bug, typically an argument
/// count the function did not check) into a Python TypeError instead of aborting.
#[inline]
fn guarded(
    ts: &ThreadState,
    name: &str,
    f: NativeFn,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    IN_NATIVE.with(|c| c.set(c.get() + 1));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(ts, args, kwnames)));
    IN_NATIVE.with(|c| c.set(c.get() - 1));
    match r {
        Ok(v) => v,
        Err(_) => Err(ts.type_error(format!("{name}(): bad arguments ({} given)", args.len()))),
    }
}

#[cold]
fn not_callable(ts: &ThreadState, f: &Value) -> PyErr {
    ts.type_error(format!("'{}' object is not callable", type_name(f)))
}

/// Calls a Python function from Rust: binds the arguments into a fresh frame and runs it.
pub fn call_function(
    ts: &ThreadState,
    fobj: &ObjRef,
    func: &FunctionData,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let code_obj = func.code.get();
    // SAFETY: a function's `__code__` is always a code object (checked on assignment).
    let code = unsafe { code_obj.downcast_unchecked::<CodeData>() };
    let frame = push_frame(ts, fobj.clone(), func, code_obj.clone(), code)?;
    // SAFETY: `frame` was just initialised by `push_frame`.
    let bound = unsafe { bind_args(ts, frame, func, code, args, kwnames) };
    if let Err(e) = bound {
        // SAFETY: the frame is initialised and on top of the data stack.
        unsafe { pop_frame(ts, frame) };
        return Err(e);
    }
    if code.code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        // SAFETY: the frame is initialised; `make_generator` moves it into the generator.
        return Ok(unsafe { crate::generator::make_generator(ts, frame, fobj) });
    }
    crate::eval::run_frame(ts, frame)
}

/// Allocates and initialises a frame for `func` on the data stack.
#[inline(always)]
pub fn push_frame(
    ts: &ThreadState,
    fobj: ObjRef,
    func: &FunctionData,
    code_obj: ObjRef,
    code: &CodeData,
) -> PyResult<*mut InterpreterFrame> {
    // SAFETY: no arguments are moved in.
    unsafe {
        push_frame_with_args(
            ts,
            fobj.into_value(),
            func,
            code_obj,
            code,
            std::ptr::null(),
            0,
        )
    }
    .map_err(|(f, e)| {
        drop(f);
        e
    })
}

/// A frame for `func` on the data stack, taking over the function reference `fval`, whose
/// first `nargs` slots take over the values at `args` (CALL's fast path: the caller's value
/// stack gives them up) and whose other locals start NULL. The frame starts after the
/// code's leading RESUME (see `CodeData::fast_entry`). On a RecursionError nothing has
/// moved and the function reference is handed back.
///
/// # Safety
/// `args..args+nargs` must be live values, `nargs <= code.code.nlocalsplus()`.
#[inline(always)]
pub unsafe fn push_frame_with_args(
    ts: &ThreadState,
    fval: Value,
    func: &FunctionData,
    code_obj: ObjRef,
    code: &CodeData,
    args: *const Value,
    nargs: usize,
) -> Result<*mut InterpreterFrame, (Value, PyErr)> {
    let r = ts.recursion_remaining.get() - 1;
    if r < 0 {
        drop(code_obj);
        return Err((fval, recursion_error(ts)));
    }
    ts.recursion_remaining.set(r);
    let words = HEADER_WORDS + code.framesize;
    let frame = ts.datastack().push(words) as *mut InterpreterFrame;
    let nlocalsplus = code.code.nlocalsplus();
    // SAFETY: the frame has room for the header and `framesize >= nlocalsplus` slots; the
    // arguments move into the first `nargs` of them and `init` NULLs the rest.
    unsafe {
        move_args(args, InterpreterFrame::localsplus(frame), nargs);
        InterpreterFrame::init(
            frame,
            code_obj.into_value(),
            code as *const CodeData,
            fval,
            // Borrowed, as in `push_frame`.
            Value::from_bits(func.globals.as_value().bits()),
            Value::from_bits(func.builtins.as_value().bits()),
            Value::NULL,
            code.framesize,
            FrameOwner::Thread,
            nlocalsplus,
            code.first_instr().add(code.fast_entry as usize),
            nargs,
        );
        (*frame).borrowed_namespaces = true;
    }
    Ok(frame)
}

/// Moves `n` call arguments into a new frame's parameter slots (a plain loop for the usual
/// few arguments, which beats a `memcpy` call).
///
/// # Safety
/// `from..from+n` must be live values that the caller gives up; `to..to+n` writable slots.
#[inline(always)]
pub unsafe fn move_args(from: *const Value, to: *mut Value, n: usize) {
    // SAFETY: forwarded from the caller.
    unsafe {
        match n {
            0 => {}
            1 => std::ptr::write(to, std::ptr::read(from)),
            2 => {
                std::ptr::write(to, std::ptr::read(from));
                std::ptr::write(to.add(1), std::ptr::read(from.add(1)));
            }
            3 => {
                std::ptr::write(to, std::ptr::read(from));
                std::ptr::write(to.add(1), std::ptr::read(from.add(1)));
                std::ptr::write(to.add(2), std::ptr::read(from.add(2)));
            }
            _ => std::ptr::copy_nonoverlapping(from, to, n),
        }
    }
}

#[cold]
#[inline(never)]
fn recursion_error(ts: &ThreadState) -> PyErr {
    ts.new_error(&types().recursion_error, "maximum recursion depth exceeded")
}

/// Releases a frame at the top of the data stack.
///
/// # Safety
/// `frame` must be initialised, owned by the thread, and the most recent data-stack push.
pub unsafe fn pop_frame(ts: &ThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: forwarded from the caller.
    unsafe {
        InterpreterFrame::clear(frame);
    }
    ts.recursion_remaining.set(ts.recursion_remaining.get() + 1);
    ts.datastack().pop(frame as *mut u64);
}

/// Binds call arguments into localsplus (CPython's `initialize_locals`). Cells and the
/// closure are set up by MAKE_CELL/COPY_FREE_VARS (or [`init_cells`] for generators). Raises TypeError with CPython's messages on mismatch.
///
/// # Safety
/// `frame` must be initialised for `code`, with all localsplus slots NULL.
pub unsafe fn bind_args(
    ts: &ThreadState,
    frame: *mut InterpreterFrame,
    func: &FunctionData,
    code: &CodeData,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    // SAFETY: the frame's slots follow its header.
    let lp = unsafe { InterpreterFrame::localsplus(frame) };
    let set = |i: usize, v: Value| {
        // SAFETY: `i` < nlocalsplus (checked by callers below); the old value is NULL.
        unsafe { *lp.add(i) = v };
    };
    let get = |i: usize| -> bool {
        // SAFETY: as above.
        unsafe { !(*lp.add(i)).is_null() }
    };
    let co = &code.code;
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let nkw = kwnames.len();
    let npos = args.len() - nkw;
    let qualname = || func.qualname.with(|q| as_str(q).unwrap_or("?").to_string());
    let total = argcount + kwonly;
    let varargs_ix = total;
    let varkw_ix = total + usize::from(has_varargs);

    // Positional arguments.
    let n = npos.min(argcount);
    for (i, a) in args[..n].iter().enumerate() {
        set(i, a.clone());
    }
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        set(varargs_ix, new_tuple(extra));
    } else if npos > argcount {
        let defaults = func
            .defaults
            .with(|d| as_tuple(d).map_or(0, <[Value]>::len));
        let kw_given = kwnames
            .iter()
            .filter(|k| {
                let name = as_str(k).unwrap_or("");
                co.localsplusnames[argcount..total]
                    .iter()
                    .any(|n| &**n == name)
            })
            .count();
        let takes = if defaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(ts.type_error(format!("{}() takes {} but {}", qualname(), takes, given)));
    }
    // Keyword arguments.
    let kwdict = if has_varkw {
        let d = new_dict();
        set(varkw_ix, d.clone().into_value());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let name = as_str(k).unwrap_or("");
        let pos = co.localsplusnames[posonly..total]
            .iter()
            .position(|n| &**n == name)
            .map(|p| p + posonly);
        match pos {
            Some(i) => {
                if get(i) {
                    return Err(ts.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        name
                    )));
                }
                set(i, v.clone());
            }
            None => {
                if let Some(d) = &kwdict {
                    // SAFETY: freshly made dict.
                    let dd = unsafe { d.downcast_unchecked::<DictData>() };
                    dict_set(ts, dd, k.clone(), v.clone())?;
                } else if co.localsplusnames[..posonly].iter().any(|n| &**n == name) {
                    posonly_as_kw.push(name.to_string());
                } else {
                    return Err(ts.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
                        name
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(ts.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    if npos < argcount {
        let defaults = func.defaults.get();
        let defs = as_tuple(&defaults).unwrap_or(&[]);
        let first_default = argcount - defs.len();
        let mut missing = Vec::new();
        for i in npos..argcount {
            if !get(i) {
                if i >= first_default {
                    set(i, defs[i - first_default].clone());
                } else {
                    missing.push(co.localsplusnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(ts, &qualname(), &missing, "positional"));
        }
    }
    // Keyword-only defaults.
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.get();
        let mut missing = Vec::new();
        for i in argcount..total {
            if !get(i) {
                let name = &co.localsplusnames[i];
                let d = match as_dict(&kwdefaults) {
                    Some(dd) => dict_get(ts, dd, &crate::object::str::intern(name).into_value())?,
                    None => None,
                };
                match d {
                    Some(v) => set(i, v),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(ts, &qualname(), &missing, "keyword-only"));
        }
    }
    Ok(())
}

/// Does the work of the MAKE_CELL/COPY_FREE_VARS prologue for a generator frame, whose
/// execution starts after RETURN_GENERATOR.
///
/// # Safety
/// `frame` must be initialised for `code`.
pub unsafe fn init_cells(frame: *mut InterpreterFrame, func: &FunctionData, code: &CodeData) {
    // SAFETY: slots follow the header.
    let lp = unsafe { InterpreterFrame::localsplus(frame) };
    let kinds = &code.code.localspluskinds;
    let closure = func.closure.get();
    let cells = as_tuple(&closure).unwrap_or(&[]);
    let mut free_i = 0;
    for (i, k) in kinds.iter().enumerate() {
        if k & local_kind::FREE != 0 {
            if let Some(c) = cells.get(free_i) {
                // SAFETY: `i` < nlocalsplus.
                unsafe { *lp.add(i) = c.clone() };
            }
            free_i += 1;
        } else if k & local_kind::CELL != 0 {
            // SAFETY: `i` < nlocalsplus.
            let slot = unsafe { &mut *lp.add(i) };
            let initial = slot.take();
            *slot = new_cell(initial);
        }
    }
}

/// A new cell holding `v` (NULL for empty).
pub fn new_cell(v: Value) -> Value {
    alloc(&types().cell, CellData(PyCell::new(v))).into_value()
}

fn missing_args(ts: &ThreadState, qualname: &str, missing: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    ts.type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname,
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}

/// Calls `type(...)` objects: `type(x)`, or `cls.__new__` then `__init__`.
pub fn call_type(
    ts: &ThreadState,
    ty: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let Some(tobj) = ty.as_obj().filter(|o| o.is::<TypeData>()) else {
        return Err(ts.type_error("not a type"));
    };
    if tobj.is_same(&types().type_) && args.len() == 1 && kwnames.is_empty() {
        return Ok(type_of(&args[0]).clone().into_value());
    }
    let td = type_data(tobj);
    let Some(new) = td.slots().new else {
        return Err(ts.type_error(format!("cannot create '{}' instances", td.name())));
    };
    let obj = new(ts, tobj, args, kwnames)?;
    if !crate::protocol::is_instance_of(&obj, tobj) {
        return Ok(obj);
    }
    let ot = type_of(&obj);
    if let Some(init) = type_data(ot).slots().init {
        init(ts, &obj, args, kwnames)?;
    }
    Ok(obj)
}

/// Splits `args`/`kwnames` into positional and (name, value) pairs.
pub fn split_kwargs<'a>(
    args: &'a [Value],
    kwnames: &'a [Value],
) -> (&'a [Value], Vec<(&'a str, &'a Value)>) {
    let npos = args.len() - kwnames.len();
    let kw = kwnames
        .iter()
        .zip(&args[npos..])
        .map(|(k, v)| (as_str(k).unwrap_or(""), v))
        .collect();
    (&args[..npos], kw)
}

/// Binds a native function's arguments by name: returns one slot per parameter in `names`;
/// at most `max_pos` may be positional; the first `required` are mandatory.
pub fn parse_args<const N: usize>(
    ts: &ThreadState,
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: [&str; N],
    required: usize,
    max_pos: usize,
) -> PyResult<[Option<Value>; N]> {
    let (pos, kw) = split_kwargs(args, kwnames);
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    // A method's `self` is not counted in CPython's messages.
    let skip = usize::from(names.first() == Some(&"self"));
    // Argument Clinic's checks: all arguments against all parameters, then positionals.
    let given = pos.len() + kw.len() - skip;
    let total = N - skip;
    if given > total {
        return Err(ts.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            total,
            if pos.len() == skip { "keyword " } else { "" },
            if total == 1 { "" } else { "s" },
            given
        )));
    }
    if pos.len() > max_pos {
        let max = max_pos - skip.min(max_pos);
        if max == 0 {
            return Err(ts.type_error(format!("{fname}() takes no positional arguments")));
        }
        return Err(ts.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if required < max_pos {
                "at most"
            } else {
                "exactly"
            },
            max,
            if max == 1 { "" } else { "s" },
            pos.len() - skip
        )));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    // As CPython's keyword unpacking: a missing argument is reported before an unknown
    // keyword.
    let mut unknown = None;
    for (k, v) in kw {
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(ts.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1 - skip
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => unknown = unknown.or(Some(k)),
        }
    }
    let unknown_err = |k: &str| {
        ts.type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        ))
    };
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(ts.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1 - skip
            )));
        }
    }
    if let Some(k) = unknown {
        return Err(unknown_err(k));
    }
    Ok(out)
}

/// Rejects keyword arguments for natives that take none.
pub fn no_kwargs(ts: &ThreadState, fname: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(ts.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

/// [`check_args`] for a method whose `a[0]` is `self`: the counts (and the messages) are of
/// the arguments after `self`.
pub fn check_method_args(
    ts: &ThreadState,
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    check_args(ts, fname, args.get(1..).unwrap_or(&[]), kwnames, min, max)
}

/// Checks a native's positional argument count (no keywords allowed).
pub fn check_args(
    ts: &ThreadState,
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(ts, fname, kwnames)?;
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(ts.type_error(msg));
    }
    Ok(())
}
