//! The `atexit` module: functions registered with `register` run in reverse order when the
//! interpreter finishes (after an uncaught exception's traceback, as in CPython); an error
//! in one is reported as unraisable and the others still run. See
//! docs/design/stdlib-bridge.md.

use std::cell::RefCell;

use crate::call::split_kwargs;
use crate::object::str::new_str;
use crate::object::ObjRef;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::dict_set_str;
use crate::value::Value;
use crate::PyResult;

/// A registered call: function, positional arguments, keyword names and values.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

fn register(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(a, k);
    let Some(func) = pos.first() else {
        return Err(ts.type_error("register() takes at least 1 argument (0 given)"));
    };
    if crate::types::type_data(crate::types::type_of(func))
        .slots()
        .call
        .is_none()
        && !func
            .as_obj()
            .is_some_and(|o| o.is::<crate::object::function::FunctionData>())
    {
        return Err(ts.type_error("the first argument must be callable"));
    }
    let mut args: Vec<Value> = pos[1..].to_vec();
    let mut kwnames = Vec::new();
    for (n, v) in kw {
        args.push(v.clone());
        kwnames.push(new_str(n));
    }
    CALLBACKS.with(|c| {
        c.borrow_mut().push(Callback {
            func: func.clone(),
            args,
            kwnames,
        })
    });
    Ok(func.clone())
}

fn unregister(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(func) = a.first() else {
        return Err(ts.type_error("unregister() takes exactly one argument (0 given)"));
    };
    let funcs: Vec<Value> =
        CALLBACKS.with(|c| c.borrow().iter().map(|cb| cb.func.clone()).collect());
    let mut keep = Vec::with_capacity(funcs.len());
    for f in &funcs {
        keep.push(!p::eq(ts, f, func)?);
    }
    // Take the list out, put back what stays, drop the rest outside the borrow.
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    let (kept, dropped): (Vec<_>, Vec<_>) = old
        .into_iter()
        .enumerate()
        .partition(|(i, _)| keep.get(*i).copied().unwrap_or(true));
    CALLBACKS.with(|c| *c.borrow_mut() = kept.into_iter().map(|(_, cb)| cb).collect());
    drop(dropped);
    Ok(Value::NONE)
}

/// Runs and clears the registered functions, newest first.
pub fn run_exitfuncs(ts: &ThreadState) {
    loop {
        let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) else {
            break;
        };
        if let Err(e) = p::call(ts, &cb.func, &cb.args, &cb.kwnames) {
            if p::is_instance_of(e.value(), &crate::types::types().system_exit) {
                continue;
            }
            let where_ = format!(
                "Exception ignored in atexit callback: {}",
                p::repr_string(ts, &cb.func).unwrap_or_default()
            );
            crate::builtins::traceback::write_unraisable(ts, &where_, &e);
        }
    }
}

/// Builds the `atexit` module.
pub fn make_atexit_module(dict: &ObjRef) {
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", |ts, _, _| {
            run_exitfuncs(ts);
            Ok(Value::NONE)
        }),
        ("_clear", |_, _, _| {
            let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
            drop(old);
            Ok(Value::NONE)
        }),
        ("_ncallbacks", |_, _, _| {
            Ok(Value::small_int(CALLBACKS.with(|c| c.borrow().len()) as i64))
        }),
    ];
    for (name, f) in fns {
        dict_set_str(
            dict,
            name,
            p::new_builtin_function(name, *f, Some("atexit")),
        );
    }
}
