//! `weakref.ReferenceType` (`_weakref.ref`), the proxy types and the `_weakref` module, on top
//! of the weak reference registry in `object/weakref.rs`. See docs/design/memory.md.

use crate::builtins::classes::{payload, set_slots};
use crate::call::parse_args;
use crate::object::containers::{as_dict, new_list, SetData};
use crate::object::function::{BuiltinFunctionData, CodeData, FunctionData, MethodData};
use crate::object::misc::ModuleData;
use crate::object::str::new_str;
use crate::object::typeobj::{CompareOp, TypeData};
use crate::object::weakref::{self as w, WeakRefData};
use crate::object::{alloc, ObjRef};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, dict_set_str, type_data, type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Whether `v` can be the referent of a weak reference (instances of classes, functions,
/// methods, types, sets, generators, code objects, modules — as in CPython).
pub fn supports_weakrefs(v: &Value) -> bool {
    let Some(o) = v.as_obj() else {
        return false;
    };
    let td = type_data(type_of(v));
    if td.heap_type && td.has_weakref {
        return !o.is::<WeakRefData>();
    }
    o.is::<FunctionData>()
        || o.is::<BuiltinFunctionData>()
        || o.is::<MethodData>()
        || o.is::<TypeData>()
        || o.is::<SetData>()
        || o.is::<crate::generator::GenData>()
        || o.is::<CodeData>()
        || o.is::<ModuleData>()
        || o.is::<crate::builtins::sre::PatternData>()
}

/// Runs a weak reference callback during deallocation; errors are reported as unraisable.
pub fn run_callback(callback: &Value, wr: &Value) {
    crate::thread_state::with_current(|ts| {
        let saved = ts.handled.get();
        if let Err(e) = p::call(ts, callback, std::slice::from_ref(wr), &[]) {
            crate::builtins::traceback::write_unraisable_for(ts, callback, &e);
        }
        let old = ts.handled.replace(saved);
        drop(old);
    });
}

fn cannot_reference(ts: &ThreadState, v: &Value) -> PyErr {
    ts.type_error(format!(
        "cannot create weak reference to '{}' object",
        type_name(v)
    ))
}

/// Makes (or, for a plain `ref` without callback, reuses) a weak reference of type `ty`.
fn new_weakref(ts: &ThreadState, ty: &ObjRef, target: &Value, callback: Value) -> PyResult<Value> {
    if !supports_weakrefs(target) {
        return Err(cannot_reference(ts, target));
    }
    let Some(t) = target.as_obj() else {
        return Err(cannot_reference(ts, target));
    };
    let plain = callback.is_none() || callback.is_null();
    if plain && (ty.is_same(&types().weakref) || is_proxy_type(ty)) {
        for r in w::refs_to(t) {
            if type_of(r.as_value()).is_same(ty)
                && r.downcast::<WeakRefData>()
                    .is_some_and(|d| d.callback.with(|c| c.is_null() || c.is_none()))
            {
                return Ok(r.into_value());
            }
        }
    }
    let callback = if plain { Value::NULL } else { callback };
    let wr = alloc(ty, WeakRefData::new(target, callback));
    w::register(t, &wr);
    Ok(wr.into_value())
}

fn is_proxy_type(ty: &ObjRef) -> bool {
    ty.is_same(&types().weakproxy) || ty.is_same(&types().weakcallableproxy)
}

fn data(v: &Value) -> &WeakRefData {
    payload::<WeakRefData>(v)
}

fn ref_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    if !k.is_empty() && !type_data(ty).heap_type {
        return Err(ts.type_error("ref() takes no keyword arguments"));
    }
    if npos == 0 || npos > 2 {
        return Err(ts.type_error(format!("__new__ expected at most 2 arguments, got {npos}")));
    }
    let callback = if npos > 1 { a[1].clone() } else { Value::NONE };
    new_weakref(ts, ty, &a[0], callback)
}

fn ref_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let d = data(v);
    let me = v.as_obj().map_or(0, |o| o.as_ptr() as usize);
    let Some(t) = d.get() else {
        return Ok(new_str(format!("<weakref at {me:#x}; dead>")));
    };
    let addr = t.as_obj().map_or(0, |o| o.as_ptr() as usize);
    let name = match p::getattr_opt(ts, &t, "__name__") {
        Ok(Some(n)) => Some(p::str_string(ts, &n)?),
        _ => None,
    };
    let tn = type_data(type_of(&t)).name();
    Ok(new_str(match name {
        Some(n) => format!("<weakref at {me:#x}; to '{tn}' at {addr:#x} ({n})>"),
        None => format!("<weakref at {me:#x}; to '{tn}' at {addr:#x}>"),
    }))
}

fn ref_hash(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    let d = data(v);
    if d.hash.get() != -1 {
        return Ok(d.hash.get());
    }
    let Some(t) = d.get() else {
        return Err(ts.type_error("weak object has gone away"));
    };
    let h = p::hash(ts, &t)?;
    d.hash.set(h);
    Ok(h)
}

fn ref_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let Some(bd) = b.as_obj().and_then(|o| o.downcast::<WeakRefData>()) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let ad = data(a);
    match (ad.get(), bd.get()) {
        (Some(x), Some(y)) => p::richcompare(ts, &x, &y, op),
        _ => {
            let same = a.is(b);
            Ok(Value::from_bool(if op == CompareOp::Eq {
                same
            } else {
                !same
            }))
        }
    }
}

fn ref_call(ts: &ThreadState, v: &Value, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !a.is_empty() || !k.is_empty() {
        return Err(ts.type_error(format!("weakref() takes no arguments ({} given)", a.len())));
    }
    Ok(data(v).get().unwrap_or(Value::NONE))
}

fn proxy_target(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    data(v).get().ok_or_else(|| {
        let ty = crate::builtins::exceptions::exception_type("ReferenceError")
            .unwrap_or_else(|| types().runtime_error.clone());
        ts.new_error(&ty, "weakly-referenced object no longer exists")
    })
}

/// Installs the weak reference types.
pub fn init() {
    let t = types();
    set_slots(&t.weakref, |s| {
        s.new = Some(ref_new);
        s.init = Some(|_, _, _, _| Ok(()));
        s.repr = Some(ref_repr);
        s.hash = Some(ref_hash);
        s.richcompare = Some(ref_richcompare);
        s.call = Some(ref_call);
    });
    add_getsets(
        &t.weakref,
        &[(
            "__callback__",
            |_, v| {
                let cb = data(v).callback.get();
                Ok(if cb.is_null() { Value::NONE } else { cb })
            },
            None,
        )],
    );
    add_methods(
        &t.weakref,
        &[("__class_getitem__", |_, a, _| {
            Ok(a.get(1).cloned().unwrap_or(Value::NONE))
        })],
    );
    for ty in [&t.weakproxy, &t.weakcallableproxy] {
        set_slots(ty, |s| {
            s.getattro = Some(|ts, v, name| {
                let target = proxy_target(ts, v)?;
                p::getattr(ts, &target, name)
            });
            s.setattro = Some(|ts, v, name, value| {
                let target = proxy_target(ts, v)?;
                p::setattr(ts, &target, name, value)
            });
            s.repr = Some(|ts, v| {
                let me = v.as_obj().map_or(0, |o| o.as_ptr() as usize);
                let target = proxy_target(ts, v)?;
                let addr = target.as_obj().map_or(0, |o| o.as_ptr() as usize);
                Ok(new_str(format!(
                    "<weakproxy at {me:#x}; to '{}' at {addr:#x}>",
                    type_name(&target)
                )))
            });
            s.str = Some(|ts, v| {
                let target = proxy_target(ts, v)?;
                p::str_(ts, &target)
            });
            s.bool = Some(|ts, v| {
                let target = proxy_target(ts, v)?;
                p::truthy(ts, &target)
            });
            s.hash = Some(|ts, _| Err(ts.type_error("unhashable type: 'weakref.ProxyType'")));
        });
    }
    set_slots(&t.weakcallableproxy, |s| {
        s.call = Some(|ts, v, a, k| {
            let target = proxy_target(ts, v)?;
            p::call(ts, &target, a, k)
        });
    });
    for ty in [&t.weakref, &t.weakproxy, &t.weakcallableproxy] {
        dict_set_str(&type_data(ty).dict, "__module__", new_str("weakref"));
    }
}

/// Builds the `_weakref` module.
pub fn make_weakref_module(dict: &ObjRef) {
    let t = types();
    dict_set_str(dict, "ref", t.weakref.clone().into_value());
    dict_set_str(dict, "ReferenceType", t.weakref.clone().into_value());
    dict_set_str(dict, "ProxyType", t.weakproxy.clone().into_value());
    dict_set_str(
        dict,
        "CallableProxyType",
        t.weakcallableproxy.clone().into_value(),
    );
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("getweakrefcount", |ts, a, k| {
            let [o] = parse_args(ts, "getweakrefcount", a, k, ["object"], 1, 1)?;
            let o = o.unwrap_or(Value::NONE);
            Ok(Value::small_int(
                o.as_obj().map_or(0, |o| w::refs_to(o).len()) as i64,
            ))
        }),
        ("getweakrefs", |ts, a, k| {
            let [o] = parse_args(ts, "getweakrefs", a, k, ["object"], 1, 1)?;
            let o = o.unwrap_or(Value::NONE);
            let refs = o.as_obj().map(w::refs_to).unwrap_or_default();
            Ok(new_list(refs.into_iter().map(ObjRef::into_value).collect()))
        }),
        ("proxy", |ts, a, k| {
            let [o, cb] = parse_args(ts, "proxy", a, k, ["object", "callback"], 1, 2)?;
            let o = o.unwrap_or(Value::NONE);
            let t = types();
            let callable = type_data(type_of(&o)).slots().call.is_some();
            let ty = if callable {
                &t.weakcallableproxy
            } else {
                &t.weakproxy
            };
            new_weakref(ts, ty, &o, cb.unwrap_or(Value::NONE))
        }),
        ("_remove_dead_weakref", |ts, a, k| {
            let [d, key] = parse_args(ts, "_remove_dead_weakref", a, k, ["dict", "key"], 2, 2)?;
            let (d, key) = (d.unwrap_or(Value::NONE), key.unwrap_or(Value::NONE));
            let Some(dd) = as_dict(&d) else {
                return Err(ts.type_error("_remove_dead_weakref() argument 1 must be dict"));
            };
            let dead = match p::dict_get(ts, dd, &key)? {
                Some(v) => v
                    .as_obj()
                    .and_then(|o| o.downcast::<WeakRefData>())
                    .is_some_and(WeakRefData::is_dead),
                None => false,
            };
            if dead {
                p::dict_del(ts, dd, &key)?;
            }
            Ok(Value::NONE)
        }),
    ];
    for (name, f) in fns {
        dict_set_str(
            dict,
            name,
            p::new_builtin_function(name, *f, Some("_weakref")),
        );
    }
}
