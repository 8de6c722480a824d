//! The `gc` module. Ferrum frees objects by reference counting alone (there is no cycle
//! collector yet, see docs/design/memory.md), so `collect()` finds nothing to free and
//! returns 0; the switches, thresholds, `garbage` and `callbacks` lists and the queries
//! behave as CPython's do for a collector that never finds garbage.

use std::cell::Cell;

use crate::call::parse_args;
use crate::object::containers::{new_list, new_tuple};
use crate::object::ObjRef;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::dict_set_str;
use crate::value::Value;
use crate::PyResult;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static THRESHOLD: Cell<(i64, i64, i64)> = const { Cell::new((700, 10, 10)) };
}

fn collect(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [generation] = parse_args(ts, "collect", a, k, ["generation"], 0, 1)?;
    if let Some(g) = generation {
        let g = p::index_i64(ts, &g)?;
        if !(0..=2).contains(&g) {
            return Err(ts.value_error("invalid generation"));
        }
    }
    Ok(Value::small_int(0))
}

/// Builds the `gc` module.
pub fn make_gc_module(dict: &ObjRef) {
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("collect", collect),
        ("enable", |_, _, _| {
            ENABLED.with(|e| e.set(true));
            Ok(Value::NONE)
        }),
        ("disable", |_, _, _| {
            ENABLED.with(|e| e.set(false));
            Ok(Value::NONE)
        }),
        ("isenabled", |_, _, _| {
            Ok(Value::from_bool(ENABLED.with(Cell::get)))
        }),
        ("get_count", |_, _, _| {
            Ok(new_tuple(vec![Value::small_int(0); 3]))
        }),
        ("get_threshold", |_, _, _| {
            let (a, b, c) = THRESHOLD.with(Cell::get);
            Ok(new_tuple(vec![
                Value::small_int(a),
                Value::small_int(b),
                Value::small_int(c),
            ]))
        }),
        ("set_threshold", |ts, a, _| {
            let mut t = THRESHOLD.with(Cell::get);
            if a.is_empty() || a.len() > 3 {
                return Err(ts.type_error(format!(
                    "set_threshold() takes from 1 to 3 positional arguments but {} were given",
                    a.len()
                )));
            }
            t.0 = p::index_i64(ts, &a[0])?;
            if let Some(v) = a.get(1) {
                t.1 = p::index_i64(ts, v)?;
            }
            if let Some(v) = a.get(2) {
                t.2 = p::index_i64(ts, v)?;
            }
            THRESHOLD.with(|c| c.set(t));
            Ok(Value::NONE)
        }),
        ("get_objects", |_, _, _| Ok(new_list(vec![]))),
        ("get_referrers", |_, _, _| Ok(new_list(vec![]))),
        ("is_tracked", |_, a, _| {
            Ok(Value::from_bool(
                a.first().is_some_and(|v| v.as_obj().is_some()),
            ))
        }),
        ("is_finalized", |_, _, _| Ok(Value::FALSE)),
        ("freeze", |_, _, _| Ok(Value::NONE)),
        ("unfreeze", |_, _, _| Ok(Value::NONE)),
        ("get_freeze_count", |_, _, _| Ok(Value::small_int(0))),
        ("get_stats", |_, _, _| Ok(new_list(vec![]))),
        ("get_debug", |_, _, _| Ok(Value::small_int(0))),
        ("set_debug", |_, _, _| Ok(Value::NONE)),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, p::new_builtin_function(name, *f, Some("gc")));
    }
    dict_set_str(dict, "garbage", new_list(vec![]));
    dict_set_str(dict, "callbacks", new_list(vec![]));
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        dict_set_str(dict, n, Value::small_int(v));
    }
}
