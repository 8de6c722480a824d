//! The `_thread` module's locks (`allocate_lock`/`LockType`, `RLock`), `get_ident` and the
//! module constants. Python code runs on one OS thread for now, so `start_new_thread` raises
//! `RuntimeError`; the locks still keep CPython's semantics (ownership and recursion counts
//! for `RLock`, `RuntimeError` when releasing an unlocked lock, timeouts), which is what
//! `functools`, `reprlib`, `threading`-free stdlib code and user code need. See
//! docs/design/stdlib-bridge.md.

use std::cell::Cell;

use crate::builtins::classes::{payload, set_slots};
use crate::call::parse_args;
use crate::object::float::as_f64;
use crate::object::int::int_from_i64;
use crate::object::str::new_str;
use crate::object::{alloc, ObjRef};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{add_methods, dict_set_str, type_data, types};
use crate::value::Value;
use crate::PyResult;

/// Payload of `_thread.lock` and `_thread.RLock`.
pub struct LockData {
    /// Owner thread id (0 when unlocked).
    owner: Cell<u64>,
    /// Acquisition count (0 or 1 for plain locks).
    count: Cell<u64>,
    reentrant: bool,
}

/// The current OS thread's identifier (`threading.get_ident()`).
pub fn get_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc_pthread_self() }
}

extern "C" {
    #[link_name = "pthread_self"]
    fn libc_pthread_self() -> u64;
}

fn lock(v: &Value) -> &LockData {
    payload::<LockData>(v)
}

/// `acquire(blocking=True, timeout=-1)`.
fn acquire(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, blocking, timeout] =
        parse_args(ts, "acquire", a, k, ["self", "blocking", "timeout"], 1, 3)?;
    let blocking = match blocking {
        Some(b) => p::truthy(ts, &b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => as_f64(&t)
            .or_else(|| t.as_small_int().map(|i| i as f64))
            .unwrap_or(-1.0),
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(ts.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(ts.value_error("timeout value must be a non-negative number"));
    }
    let l = lock(&a[0]);
    let me = get_ident();
    if l.count.get() == 0 {
        l.owner.set(me);
        l.count.set(1);
        return Ok(Value::TRUE);
    }
    if l.reentrant && l.owner.get() == me {
        l.count.set(l.count.get() + 1);
        return Ok(Value::TRUE);
    }
    if !blocking {
        return Ok(Value::FALSE);
    }
    // Only this thread runs Python code, so nobody can release the lock: wait out the
    // timeout (forever without one, as a deadlocked CPython program would).
    if timeout >= 0.0 {
        std::thread::sleep(std::time::Duration::from_secs_f64(timeout.min(1e9)));
        return Ok(Value::FALSE);
    }
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}

fn release(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let l = lock(&a[0]);
    if l.count.get() == 0 {
        return Err(ts.runtime_error(if l.reentrant {
            "cannot release un-acquired lock"
        } else {
            "release unlocked lock"
        }));
    }
    if l.reentrant && l.owner.get() != get_ident() {
        return Err(ts.runtime_error("cannot release un-acquired lock"));
    }
    l.count.set(l.count.get() - 1);
    if l.count.get() == 0 {
        l.owner.set(0);
    }
    Ok(Value::NONE)
}

fn new_lock(ty: &ObjRef, reentrant: bool) -> Value {
    alloc(
        ty,
        LockData {
            owner: Cell::new(0),
            count: Cell::new(0),
            reentrant,
        },
    )
    .into_value()
}

/// Installs the lock types.
pub fn init() {
    let t = types();
    set_slots(&t.thread_lock, |s| {
        s.new = Some(|_, ty, _, _| Ok(new_lock(ty, false)));
    });
    set_slots(&t.thread_rlock, |s| {
        s.new = Some(|_, ty, _, _| Ok(new_lock(ty, true)));
    });
    for ty in [&t.thread_lock, &t.thread_rlock] {
        set_slots(ty, |s| {
            s.init = Some(|_, _, _, _| Ok(()));
            s.repr = Some(|_, v| {
                let l = lock(v);
                let addr = v.as_obj().map_or(0, |o| o.as_ptr() as usize);
                let state = if l.count.get() > 0 {
                    "locked"
                } else {
                    "unlocked"
                };
                Ok(new_str(if l.reentrant {
                    format!(
                        "<{state} _thread.RLock object owner={} count={} at {addr:#x}>",
                        l.owner.get(),
                        l.count.get()
                    )
                } else {
                    format!("<{state} _thread.lock object at {addr:#x}>")
                }))
            });
        });
        add_methods(
            ty,
            &[
                ("acquire", acquire),
                ("release", release),
                ("__enter__", acquire),
                ("__exit__", |ts, a, _| release(ts, &a[..1], &[])),
                ("locked", |_, a, _| {
                    Ok(Value::from_bool(lock(&a[0]).count.get() > 0))
                }),
                ("_is_owned", |_, a, _| {
                    let l = lock(&a[0]);
                    Ok(Value::from_bool(
                        l.count.get() > 0 && l.owner.get() == get_ident(),
                    ))
                }),
            ],
        );
        dict_set_str(&type_data(ty).dict, "__module__", new_str("_thread"));
    }
}

/// Builds the `_thread` module.
pub fn make_thread_module(dict: &ObjRef) {
    let t = types();
    dict_set_str(dict, "LockType", t.thread_lock.clone().into_value());
    dict_set_str(dict, "lock", t.thread_lock.clone().into_value());
    dict_set_str(dict, "RLock", t.thread_rlock.clone().into_value());
    dict_set_str(dict, "error", t.runtime_error.clone().into_value());
    dict_set_str(dict, "TIMEOUT_MAX", Value::from_f64(9_223_372_036.0));
    let alloc_lock = p::new_builtin_function(
        "allocate_lock",
        |_, _, _| Ok(new_lock(&types().thread_lock, false)),
        Some("_thread"),
    );
    dict_set_str(dict, "allocate_lock", alloc_lock.clone());
    dict_set_str(dict, "allocate", alloc_lock);
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("get_ident", |_, _, _| Ok(int_from_i64(get_ident() as i64))),
        ("get_native_id", |_, _, _| {
            Ok(int_from_i64(i64::from(std::process::id())))
        }),
        ("_count", |_, _, _| Ok(Value::small_int(0))),
        ("stack_size", |_, _, _| Ok(Value::small_int(0))),
        ("start_new_thread", |ts, _, _| {
            Err(ts.runtime_error("can't start new thread: threads are not supported yet"))
        }),
        ("interrupt_main", |_, _, _| Ok(Value::NONE)),
    ];
    for (name, f) in fns {
        dict_set_str(
            dict,
            name,
            p::new_builtin_function(name, *f, Some("_thread")),
        );
    }
}
