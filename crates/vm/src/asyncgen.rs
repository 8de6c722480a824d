//! Coroutine and async-generator support: the `await`/`async for`/`async with` opcode helpers
//! (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR, the
//! ASYNC_GEN_WRAP intrinsic), and the native awaitables that drive an async generator
//! (`async_generator_asend`, `async_generator_athrow`), `coroutine.__await__()`'s
//! `coroutine_wrapper` and `anext(it, default)`'s awaitable, with the type names, states and
//! error messages CPython 3.11 shows (written here against the documented behaviour and the
//! oracle's output). Async generators themselves are `GenData` objects of the
//! `async_generator` type. See docs/design/frames-and-calls.md ("Generators and coroutines").

use std::cell::Cell;

use ferrum_bytecode::code::flags;

use crate::builtins::classes::{payload, set_slots};
use crate::generator::{gen_send_ex, GenData, GenState, SendResult};
use crate::object::{alloc, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Payload of `async_generator_wrapped_value`: a value yielded by an async generator (as
/// opposed to one passed through from an `await` inside it).
pub struct WrappedValue(pub Value);

/// What a native awaitable does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `coroutine.__await__()`.
    CoroWrapper,
    /// `agen.asend(v)` / `agen.__anext__()`.
    Asend,
    /// `agen.athrow(exc)`.
    Athrow,
    /// `agen.aclose()`.
    Aclose,
    /// `anext(it, default)`.
    AnextDefault,
}

/// State of an asend/athrow awaitable.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

/// Payload of the native awaitables.
pub struct AwaitableData {
    kind: Kind,
    /// The coroutine / async generator / wrapped awaitable.
    target: Value,
    /// The value to send first (asend), the exception to throw (athrow), the default
    /// (anext).
    arg: PyCell<Value>,
    state: Cell<AwState>,
}

fn new_awaitable(ty: &crate::object::ObjRef, kind: Kind, target: Value, arg: Value) -> Value {
    alloc(
        ty,
        AwaitableData {
            kind,
            target,
            arg: PyCell::new(arg),
            state: Cell::new(AwState::Init),
        },
    )
    .into_value()
}

fn is_coroutine(v: &Value) -> bool {
    type_of(v).is_same(&types().coroutine)
}

fn is_async_gen(v: &Value) -> bool {
    type_of(v).is_same(&types().async_generator)
}

fn gen_of(v: &Value) -> Option<&GenData> {
    v.as_obj().and_then(|o| o.downcast::<GenData>())
}

/// Whether `v` is a generator whose code is marked as an iterable coroutine
/// (`types.coroutine`).
fn is_iterable_coroutine(v: &Value) -> bool {
    if !type_of(v).is_same(&types().generator) {
        return false;
    }
    gen_of(v).is_some_and(|g| {
        g.code
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::function::CodeData>())
            .is_some_and(|c| c.code.flags & flags::ITERABLE_COROUTINE != 0)
    })
}

/// `GET_AWAITABLE`: the iterator an `await` drives (CPython's `_PyCoro_GetAwaitableIter` and
/// ceval's error wording; `where_` is 1 after `__aenter__`, 2 after `__aexit__`).
pub fn get_awaitable(ts: &ThreadState, v: &Value, where_: u32) -> PyResult<Value> {
    if is_coroutine(v) {
        if let Some(g) = gen_of(v) {
            if g.state.get() == GenState::Suspended && crate::generator::awaiting(g).is_some() {
                return Err(ts.runtime_error("coroutine is being awaited already"));
            }
        }
        return Ok(v.clone());
    }
    if is_iterable_coroutine(v) {
        return Ok(v.clone());
    }
    let Some(m) = p::lookup_special(ts, v, "__await__")? else {
        let tn = type_name(v);
        return Err(ts.type_error(match where_ {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
            ),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    };
    let r = p::call(ts, &m, &[], &[])?;
    if is_coroutine(&r) || is_iterable_coroutine(&r) {
        return Err(ts.type_error("__await__() returned a coroutine"));
    }
    if p::type_lookup(type_of(&r), "__next__").is_none() {
        return Err(ts.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            type_name(&r)
        )));
    }
    Ok(r)
}

/// `GET_AITER`.
pub fn get_aiter(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let Some(m) = p::lookup_special(ts, v, "__aiter__")? else {
        return Err(ts.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name(v)
        )));
    };
    let it = p::call(ts, &m, &[], &[])?;
    if p::type_lookup(type_of(&it), "__anext__").is_none() {
        return Err(ts.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// `GET_ANEXT`: the awaitable for the next item of an async iterator.
pub fn get_anext(ts: &ThreadState, aiter: &Value) -> PyResult<Value> {
    if is_async_gen(aiter) {
        return Ok(new_awaitable(
            &types().async_generator_asend,
            Kind::Asend,
            aiter.clone(),
            Value::NONE,
        ));
    }
    let Some(m) = p::lookup_special(ts, aiter, "__anext__")? else {
        return Err(ts.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name(aiter)
        )));
    };
    let r = p::call(ts, &m, &[], &[])?;
    get_awaitable(ts, &r, 0).map_err(|e| {
        if p::is_instance_of(e.value(), &types().type_error) {
            let n = ts.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                type_name(&r)
            ));
            if let Some(ed) = n.0.downcast::<crate::object::misc::ExceptionData>() {
                let old = ed.cause.replace(e.value().clone());
                drop(old);
                let old = ed.context.replace(e.value().clone());
                drop(old);
                ed.suppress_context.with_mut(|s| *s = true);
            }
            n
        } else {
            e
        }
    })
}

/// `BEFORE_ASYNC_WITH`: returns (bound `__aexit__`, result of `__aenter__()`).
pub fn before_async_with(ts: &ThreadState, mgr: &Value) -> PyResult<(Value, Value)> {
    let Some(enter) = p::lookup_special(ts, mgr, "__aenter__")? else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            type_name(mgr)
        )));
    };
    let Some(exit) = p::lookup_special(ts, mgr, "__aexit__")? else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            type_name(mgr)
        )));
    };
    let r = p::call(ts, &enter, &[], &[])?;
    Ok((exit, r))
}

/// `END_ASYNC_FOR`: whether the exception ends the loop (StopAsyncIteration) rather than
/// propagating.
pub fn end_async_for_matches(exc: &Value) -> bool {
    p::is_instance_of(exc, &types().stop_async_iteration)
}

/// `CALL_INTRINSIC_1 ASYNC_GEN_WRAP`.
pub fn wrap_value(v: Value) -> Value {
    alloc(&types().async_generator_wrapped_value, WrappedValue(v)).into_value()
}

fn unwrap_wrapped(v: &Value) -> Option<Value> {
    v.as_obj()
        .and_then(|o| o.downcast::<WrappedValue>())
        .map(|w| w.0.clone())
}

/// What the async generator's resume produced, as seen through asend/athrow: a wrapped
/// (yielded) value ends the awaitable with StopIteration(value), a return ends the generator
/// with StopAsyncIteration, anything else passes through the `await`.
fn unwrap_result(ts: &ThreadState, g: &GenData, r: PyResult<SendResult>) -> PyResult<Value> {
    match r {
        Ok(SendResult::Yielded(v)) => match unwrap_wrapped(&v) {
            Some(x) => {
                g.running_async.set(false);
                Err(ts.stop_iteration(x))
            }
            None => Ok(v),
        },
        Ok(SendResult::Returned(_)) => {
            g.ag_closed.set(true);
            g.running_async.set(false);
            Err(PyErr(
                ts.new_exception(&types().stop_async_iteration, vec![]),
            ))
        }
        Err(e) => {
            if p::is_instance_of(e.value(), &types().stop_async_iteration)
                || p::is_instance_of(e.value(), &types().generator_exit)
            {
                g.ag_closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
    }
}

/// Builds the exception for `throw(typ[, val[, tb]])`-style arguments.
pub fn throw_args_to_err(ts: &ThreadState, what: &str, a: &[Value]) -> PyResult<PyErr> {
    let Some(typ) = a.first() else {
        return Err(ts.type_error(format!("{what} expected at least 1 argument, got 0")));
    };
    if a.len() > 3 {
        return Err(ts.type_error(format!(
            "{what} expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let exc = if typ
        .as_obj()
        .is_some_and(|o| o.is::<crate::object::typeobj::TypeData>())
    {
        if !typ
            .as_obj()
            .is_some_and(|t| p::is_subtype(t, &types().base_exception))
        {
            return Err(ts.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                type_name(typ)
            )));
        }
        let args: Vec<Value> = a
            .get(1)
            .filter(|v| !v.is_none())
            .cloned()
            .into_iter()
            .collect();
        let val = a.get(1).filter(|v| !v.is_none());
        let made = match val {
            Some(v) if typ.as_obj().is_some_and(|t| p::is_instance_of(v, t)) => v.clone(),
            Some(v) => match v
                .as_obj()
                .and_then(|o| o.downcast::<crate::object::containers::TupleData>())
            {
                Some(t) => p::call(ts, typ, &t.0, &[])?,
                None => p::call(ts, typ, &args, &[])?,
            },
            None => p::call(ts, typ, &args, &[])?,
        };
        if !p::is_instance_of(&made, &types().base_exception) {
            return Err(ts.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                p::repr_string(ts, typ)?,
                type_name(&made)
            )));
        }
        made
    } else {
        if a.get(1).is_some_and(|v| !v.is_none()) {
            return Err(ts.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    };
    if !p::is_instance_of(&exc, &types().base_exception) {
        return Err(ts.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(&exc)
        )));
    }
    match exc.as_obj() {
        Some(o) => Ok(PyErr(o.clone())),
        None => Err(ts.type_error("bad exception")),
    }
}

fn aw_send(ts: &ThreadState, this: &Value, arg: Value) -> PyResult<Value> {
    let d = payload::<AwaitableData>(this);
    match d.kind {
        Kind::CoroWrapper => match gen_send_ex(ts, &d.target, arg, None)? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(v) => Err(ts.stop_iteration(v)),
        },
        Kind::AnextDefault if gen_of(&d.target).is_some() => {
            let r = match gen_send_ex(ts, &d.target, arg, None) {
                Ok(SendResult::Yielded(v)) => Ok(v),
                Ok(SendResult::Returned(v)) => Err(ts.stop_iteration(v)),
                Err(e) => Err(e),
            };
            anext_default_result(ts, d, r)
        }
        Kind::AnextDefault => {
            let r = match p::lookup_special(ts, &d.target, "send")? {
                Some(s) if !arg.is_none() => p::call(ts, &s, &[arg], &[]),
                _ => match p::next(ts, &d.target) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => Err(ts.stop_iteration(Value::NONE)),
                    Err(e) => Err(e),
                },
            };
            anext_default_result(ts, d, r)
        }
        Kind::Asend => {
            let Some(g) = gen_of(&d.target) else {
                return Err(ts.type_error("bad async generator"));
            };
            let arg = match d.state.get() {
                AwState::Closed => {
                    return Err(ts.runtime_error("cannot reuse already awaited __anext__()/asend()"))
                }
                AwState::Init => {
                    if g.running_async.get() {
                        return Err(
                            ts.runtime_error("anext(): asynchronous generator is already running")
                        );
                    }
                    let first = d.arg.replace(Value::NONE);
                    d.state.set(AwState::Iter);
                    if arg.is_none() {
                        first
                    } else {
                        arg
                    }
                }
                AwState::Iter => arg,
            };
            g.running_async.set(true);
            let r = gen_send_ex(ts, &d.target, arg, None);
            let out = unwrap_result(ts, g, r);
            if out.is_err() {
                d.state.set(AwState::Closed);
            }
            out
        }
        Kind::Athrow | Kind::Aclose => athrow_send(ts, d, arg),
    }
}

/// `SEND` to one of these awaitables (keeps the StopIteration value).
pub fn awaitable_send(ts: &ThreadState, this: &Value, v: Value) -> PyResult<SendResult> {
    match aw_send(ts, this, v) {
        Ok(x) => Ok(SendResult::Yielded(x)),
        Err(e) if p::is_instance_of(e.value(), &types().stop_iteration) => Ok(
            SendResult::Returned(crate::builtins::exceptions::stop_iteration_value(e.value())),
        ),
        Err(e) => Err(e),
    }
}

fn anext_default_result(
    ts: &ThreadState,
    d: &AwaitableData,
    r: PyResult<Value>,
) -> PyResult<Value> {
    match r {
        Err(e) if p::is_instance_of(e.value(), &types().stop_async_iteration) => {
            Err(ts.stop_iteration(d.arg.get()))
        }
        other => other,
    }
}

fn athrow_send(ts: &ThreadState, d: &AwaitableData, arg: Value) -> PyResult<Value> {
    let Some(g) = gen_of(&d.target) else {
        return Err(ts.type_error("bad async generator"));
    };
    let aclose = d.kind == Kind::Aclose;
    if d.state.get() == AwState::Closed {
        return Err(ts.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.state.get() == GenState::Finished {
        d.state.set(AwState::Closed);
        return Err(ts.stop_iteration(Value::NONE));
    }
    let r = if d.state.get() == AwState::Init {
        if g.running_async.get() {
            return Err(ts.runtime_error(if aclose {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if g.ag_closed.get() {
            d.state.set(AwState::Closed);
            return Err(PyErr(
                ts.new_exception(&types().stop_async_iteration, vec![]),
            ));
        }
        if !arg.is_none() {
            return Err(ts.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        d.state.set(AwState::Iter);
        g.running_async.set(true);
        let exc = if aclose {
            g.ag_closed.set(true);
            PyErr(ts.new_exception(&types().generator_exit, vec![]))
        } else {
            let e = d.arg.replace(Value::NONE);
            match e.as_obj() {
                Some(o) => PyErr(o.clone()),
                None => return Err(ts.type_error("bad exception")),
            }
        };
        gen_send_ex(ts, &d.target, Value::NONE, Some(exc))
    } else {
        gen_send_ex(ts, &d.target, arg, None)
    };
    athrow_finish(ts, d, g, r)
}

fn athrow_finish(
    ts: &ThreadState,
    d: &AwaitableData,
    g: &GenData,
    r: PyResult<SendResult>,
) -> PyResult<Value> {
    if d.kind == Kind::Athrow {
        let out = unwrap_result(ts, g, r);
        if out.is_err() {
            d.state.set(AwState::Closed);
        }
        return out;
    }
    match r {
        Ok(SendResult::Yielded(v)) => {
            if unwrap_wrapped(&v).is_some() {
                g.running_async.set(false);
                d.state.set(AwState::Closed);
                return Err(ts.runtime_error("async generator ignored GeneratorExit"));
            }
            Ok(v)
        }
        Ok(SendResult::Returned(_)) => {
            g.running_async.set(false);
            d.state.set(AwState::Closed);
            Err(ts.stop_iteration(Value::NONE))
        }
        Err(e) => {
            g.running_async.set(false);
            d.state.set(AwState::Closed);
            if p::is_instance_of(e.value(), &types().stop_async_iteration)
                || p::is_instance_of(e.value(), &types().generator_exit)
            {
                return Err(ts.stop_iteration(Value::NONE));
            }
            Err(e)
        }
    }
}

fn aw_throw(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(this) = a.first() else {
        return Err(ts.type_error("throw expected at least 1 argument, got 0"));
    };
    let d = payload::<AwaitableData>(this);
    let exc = throw_args_to_err(ts, "throw", a.get(1..).unwrap_or(&[]))?;
    match d.kind {
        Kind::CoroWrapper => match gen_send_ex(ts, &d.target, Value::NONE, Some(exc))? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(v) => Err(ts.stop_iteration(v)),
        },
        Kind::AnextDefault if gen_of(&d.target).is_some() => {
            let r = match gen_send_ex(ts, &d.target, Value::NONE, Some(exc)) {
                Ok(SendResult::Yielded(v)) => Ok(v),
                Ok(SendResult::Returned(v)) => Err(ts.stop_iteration(v)),
                Err(e) => Err(e),
            };
            anext_default_result(ts, d, r)
        }
        Kind::AnextDefault => {
            let r = match p::lookup_special(ts, &d.target, "throw")? {
                Some(t) => p::call(ts, &t, &[exc.value().clone()], &[]),
                None => Err(exc),
            };
            anext_default_result(ts, d, r)
        }
        Kind::Asend | Kind::Athrow | Kind::Aclose => {
            let Some(g) = gen_of(&d.target) else {
                return Err(ts.type_error("bad async generator"));
            };
            if d.state.get() == AwState::Closed {
                return Err(ts.runtime_error(if d.kind == Kind::Asend {
                    "cannot reuse already awaited __anext__()/asend()"
                } else {
                    "cannot reuse already awaited aclose()/athrow()"
                }));
            }
            let r = gen_send_ex(ts, &d.target, Value::NONE, Some(exc));
            if d.kind == Kind::Asend {
                let out = unwrap_result(ts, g, r);
                if out.is_err() {
                    d.state.set(AwState::Closed);
                }
                return out;
            }
            athrow_finish(ts, d, g, r)
        }
    }
}

fn aw_close(ts: &ThreadState, this: &Value) -> PyResult<Value> {
    let d = payload::<AwaitableData>(this);
    match d.kind {
        Kind::CoroWrapper => crate::generator::gen_close(ts, &d.target),
        Kind::AnextDefault if gen_of(&d.target).is_some() => {
            crate::generator::gen_close(ts, &d.target)
        }
        Kind::AnextDefault => match p::lookup_special(ts, &d.target, "close")? {
            Some(c) => p::call(ts, &c, &[], &[]),
            None => Ok(Value::NONE),
        },
        _ => {
            d.state.set(AwState::Closed);
            Ok(Value::NONE)
        }
    }
}

/// `anext(aiterator[, default])`.
pub fn builtin_anext(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::check_args(ts, "anext", a, k, 1, 2)?;
    let it = &a[0];
    let Some(m) = p::lookup_special(ts, it, "__anext__")? else {
        return Err(ts.type_error(format!(
            "'{}' object is not an async iterator",
            type_name(it)
        )));
    };
    let awaitable = p::call(ts, &m, &[], &[])?;
    let Some(default) = a.get(1) else {
        return Ok(awaitable);
    };
    let inner = get_awaitable(ts, &awaitable, 0)?;
    Ok(new_awaitable(
        &types().anext_awaitable,
        Kind::AnextDefault,
        inner,
        default.clone(),
    ))
}

/// `aiter(async_iterable)`.
pub fn builtin_aiter(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::check_args(ts, "aiter", a, k, 1, 1)?;
    let v = &a[0];
    let Some(m) = p::lookup_special(ts, v, "__aiter__")? else {
        return Err(ts.type_error(format!(
            "'{}' object is not an async iterable",
            type_name(v)
        )));
    };
    let it = p::call(ts, &m, &[], &[])?;
    if p::type_lookup(type_of(&it), "__anext__").is_none() {
        return Err(ts.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

fn self_arg<'a>(ts: &ThreadState, a: &'a [Value]) -> PyResult<&'a Value> {
    a.first()
        .ok_or_else(|| ts.type_error("descriptor needs an argument"))
}

fn set_name_field(
    ts: &ThreadState,
    v: &Value,
    val: Option<Value>,
    what: &str,
    qual: bool,
) -> PyResult<()> {
    let Some(val) = val.filter(|x| crate::object::str::as_str(x).is_some()) else {
        return Err(ts.type_error(format!("{what} must be set to a string object")));
    };
    let g = payload::<GenData>(v);
    let old = if qual {
        g.qualname.replace(val)
    } else {
        g.name.replace(val)
    };
    drop(old);
    Ok(())
}

pub(crate) fn set_name(ts: &ThreadState, v: &Value, val: Option<Value>) -> PyResult<()> {
    set_name_field(ts, v, val, "__name__", false)
}

pub(crate) fn set_qualname(ts: &ThreadState, v: &Value, val: Option<Value>) -> PyResult<()> {
    set_name_field(ts, v, val, "__qualname__", true)
}

fn gen_name(v: &Value) -> String {
    crate::object::str::as_str(&payload::<GenData>(v).qualname.get())
        .unwrap_or("?")
        .to_string()
}

pub(crate) fn awaiting_value(v: &Value) -> Value {
    crate::generator::awaiting(payload::<GenData>(v)).unwrap_or(Value::NONE)
}

/// `gi_frame`/`cr_frame`/`ag_frame`: the frame object while the generator can still run,
/// `None` once it finished.
pub(crate) fn frame_value(_ts: &ThreadState, v: &Value) -> Value {
    let g = payload::<GenData>(v);
    if g.state.get() == GenState::Finished {
        return Value::NONE;
    }
    let f = g.frame.frame();
    // SAFETY: an unfinished generator owns its initialised frame.
    unsafe {
        if (*f).instr_ptr.is_null() {
            return Value::NONE;
        }
        crate::builtins::frameobject::frame_object(f)
    }
}

thread_local! {
    /// Locations already warned about (the `default` warnings action shows a warning once
    /// per location and message).
    static WARNED: std::cell::RefCell<std::collections::HashSet<(String, u32, String)>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

/// `RuntimeWarning: coroutine '...' was never awaited`, printed as CPython's default
/// warning filter shows it, attributed to the running Python frame.
fn warn_never_awaited(ts: &ThreadState, v: &Value) {
    let msg = format!("coroutine '{}' was never awaited", gen_name(v));
    let mut f = ts.current_frame.get();
    // SAFETY: the frame chain links initialised frames; entry frames are skipped.
    let place = unsafe {
        while !f.is_null() && (*f).owner == crate::frame::FrameOwner::Entry {
            f = (*f).previous;
        }
        if f.is_null() {
            None
        } else {
            let code = crate::frame::InterpreterFrame::code(f);
            let lasti = crate::frame::InterpreterFrame::lasti(f);
            let line = crate::builtins::traceback::line_of(code, lasti).unwrap_or(0);
            Some((code.code.filename.to_string(), line))
        }
    };
    let text = match place {
        None => format!("sys:1: RuntimeWarning: {msg}\n"),
        Some((file, line)) => {
            let key = (file.clone(), line, msg.clone());
            if WARNED.with(|w| !w.borrow_mut().insert(key)) {
                return;
            }
            let mut t = format!("{file}:{line}: RuntimeWarning: {msg}\n");
            if let Some(src) = crate::builtins::traceback::source_line(&file, line) {
                let src = src.trim();
                if !src.is_empty() {
                    t.push_str(&format!("  {src}\n"));
                }
            }
            t.push_str(
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            );
            t
        }
    };
    crate::builtins::io::write_stderr(ts, &text);
}

/// Installs the async-generator, coroutine-wrapper and awaitable types' methods.
pub fn init() {
    let t = types();
    // Coroutines.
    add_methods(
        &t.coroutine,
        &[("__await__", |ts, a, _| {
            let c = self_arg(ts, a)?;
            Ok(new_awaitable(
                &types().coroutine_wrapper,
                Kind::CoroWrapper,
                c.clone(),
                Value::NONE,
            ))
        })],
    );
    add_getsets(
        &t.coroutine,
        &[
            (
                "__name__",
                |_, v| Ok(payload::<GenData>(v).name.get()),
                Some(set_name),
            ),
            (
                "__qualname__",
                |_, v| Ok(payload::<GenData>(v).qualname.get()),
                Some(set_qualname),
            ),
            (
                "cr_code",
                |_, v| Ok(payload::<GenData>(v).code.clone()),
                None,
            ),
            (
                "cr_running",
                |_, v| {
                    Ok(Value::from_bool(
                        payload::<GenData>(v).state.get() == GenState::Running,
                    ))
                },
                None,
            ),
            ("cr_frame", |ts, v| Ok(frame_value(ts, v)), None),
            ("cr_await", |_, v| Ok(awaiting_value(v)), None),
            ("cr_origin", |_, _| Ok(Value::NONE), None),
            (
                "cr_suspended",
                |_, v| {
                    Ok(Value::from_bool(
                        payload::<GenData>(v).state.get() == GenState::Suspended,
                    ))
                },
                None,
            ),
        ],
    );
    add_methods(
        &t.coroutine,
        &[("__del__", |ts, a, _| {
            let v = self_arg(ts, a)?;
            match payload::<GenData>(v).state.get() {
                GenState::Created => warn_never_awaited(ts, v),
                GenState::Suspended => {
                    if let Err(e) = crate::generator::gen_close(ts, v) {
                        let r = p::repr_string(ts, v).unwrap_or_default();
                        crate::builtins::traceback::write_unraisable(
                            ts,
                            &format!("Exception ignored in: {r}"),
                            &e,
                        );
                    }
                }
                _ => {}
            }
            Ok(Value::NONE)
        })],
    );
    crate::types::type_data(&t.coroutine).finalizer.set(true);
    // Async generators.
    add_methods(
        &t.async_generator,
        &[
            ("__aiter__", |ts, a, _| Ok(self_arg(ts, a)?.clone())),
            ("__anext__", |ts, a, _| {
                let g = self_arg(ts, a)?;
                Ok(new_awaitable(
                    &types().async_generator_asend,
                    Kind::Asend,
                    g.clone(),
                    Value::NONE,
                ))
            }),
            ("asend", |ts, a, k| {
                crate::call::no_kwargs(ts, "asend", k)?;
                if a.len() != 2 {
                    return Err(ts.type_error(format!(
                        "async_generator.asend() takes exactly one argument ({} given)",
                        a.len().saturating_sub(1)
                    )));
                }
                Ok(new_awaitable(
                    &types().async_generator_asend,
                    Kind::Asend,
                    a[0].clone(),
                    a[1].clone(),
                ))
            }),
            ("athrow", |ts, a, _| {
                let g = self_arg(ts, a)?;
                let exc = throw_args_to_err(ts, "athrow", a.get(1..).unwrap_or(&[]))?;
                Ok(new_awaitable(
                    &types().async_generator_athrow,
                    Kind::Athrow,
                    g.clone(),
                    exc.value().clone(),
                ))
            }),
            ("__del__", |ts, a, _| {
                // Finalizing a suspended async generator closes it (runs its finally blocks).
                let v = self_arg(ts, a)?;
                if payload::<GenData>(v).state.get() == GenState::Suspended {
                    if let Err(e) = crate::generator::gen_close(ts, v) {
                        let r = p::repr_string(ts, v).unwrap_or_default();
                        crate::builtins::traceback::write_unraisable(
                            ts,
                            &format!("Exception ignored in: {r}"),
                            &e,
                        );
                    }
                }
                Ok(Value::NONE)
            }),
            ("aclose", |ts, a, _| {
                let g = self_arg(ts, a)?;
                Ok(new_awaitable(
                    &types().async_generator_athrow,
                    Kind::Aclose,
                    g.clone(),
                    Value::NONE,
                ))
            }),
        ],
    );
    crate::types::type_data(&t.async_generator)
        .finalizer
        .set(true);
    add_getsets(
        &t.async_generator,
        &[
            (
                "__name__",
                |_, v| Ok(payload::<GenData>(v).name.get()),
                Some(set_name),
            ),
            (
                "__qualname__",
                |_, v| Ok(payload::<GenData>(v).qualname.get()),
                Some(set_qualname),
            ),
            (
                "ag_code",
                |_, v| Ok(payload::<GenData>(v).code.clone()),
                None,
            ),
            (
                "ag_running",
                |_, v| Ok(Value::from_bool(payload::<GenData>(v).running_async.get())),
                None,
            ),
            ("ag_frame", |ts, v| Ok(frame_value(ts, v)), None),
            ("ag_await", |_, v| Ok(awaiting_value(v)), None),
        ],
    );
    set_slots(&t.coroutine, |s| {
        s.repr = Some(|_, v| {
            Ok(crate::object::str::new_str(format!(
                "<coroutine object {} at {:#x}>",
                gen_name(v),
                v.as_obj().map_or(0, |o| o.as_ptr() as usize)
            )))
        });
    });
    set_slots(&t.async_generator, |s| {
        s.repr = Some(|_, v| {
            Ok(crate::object::str::new_str(format!(
                "<async_generator object {} at {:#x}>",
                gen_name(v),
                v.as_obj().map_or(0, |o| o.as_ptr() as usize)
            )))
        });
    });
    for ty in [
        &t.coroutine_wrapper,
        &t.async_generator_asend,
        &t.async_generator_athrow,
        &t.anext_awaitable,
    ] {
        set_slots(ty, |s| {
            s.next = Some(|ts, v| match aw_send(ts, v, Value::NONE) {
                Ok(x) => Ok(Some(x)),
                Err(e) if p::is_instance_of(e.value(), &types().stop_iteration) => {
                    let val = crate::builtins::exceptions::stop_iteration_value(e.value());
                    if val.is_none() {
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
                Err(e) => Err(e),
            });
            s.iter = Some(|_, v| Ok(v.clone()));
        });
        add_methods(
            ty,
            &[
                ("send", |ts, a, k| {
                    crate::call::check_args(ts, "send", a, k, 2, 2)?;
                    aw_send(ts, &a[0], a[1].clone())
                }),
                ("throw", aw_throw),
                ("close", |ts, a, _| aw_close(ts, self_arg(ts, a)?)),
                ("__next__", |ts, a, _| {
                    aw_send(ts, self_arg(ts, a)?, Value::NONE)
                }),
                ("__iter__", |ts, a, _| Ok(self_arg(ts, a)?.clone())),
                ("__await__", |ts, a, _| Ok(self_arg(ts, a)?.clone())),
            ],
        );
    }
}
