//! `set` and `frozenset`: the hash table shared with dict (keys only), operators, methods,
//! and frozenset hashing as CPython computes it. See docs/design/object-model.md.

use crate::builtins::classes::{payload, set_slots};
use crate::call::check_args;
use crate::object::containers::{as_set, new_frozenset, new_set, SetData};
use crate::object::int::int_from_i64;
use crate::object::str::new_str;
use crate::object::table::{Probe, Table};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

fn data(v: &Value) -> &SetData {
    payload::<SetData>(v)
}

fn keys(v: &Value) -> Vec<Value> {
    data(v)
        .0
        .with(|t| t.iter().map(|e| e.key.clone()).collect())
}

fn is_frozen(v: &Value) -> bool {
    p::is_instance_of(v, &types().frozenset)
}

/// Finds `key` (by hash, then identity or `==`).
fn lookup(ts: &ThreadState, s: &SetData, key: &Value, h: i64) -> PyResult<Option<usize>> {
    loop {
        let (version, cands) = s.0.with(|t| (t.version, t.candidates(h)));
        let mut restart = false;
        for ix in cands {
            let Some(k) = s.0.with(|t| t.entry_at(ix).map(|e| e.key.clone())) else {
                continue;
            };
            let eq = k.is(key) || p::eq(ts, &k, key)?;
            if s.0.with(|t| t.version) != version {
                restart = true;
                break;
            }
            if eq {
                return Ok(Some(ix));
            }
        }
        if !restart {
            return Ok(None);
        }
    }
}

/// Adds `x` to a set value.
pub fn set_add(ts: &ThreadState, s: &Value, x: Value) -> PyResult<()> {
    let Some(sd) = as_set(s) else {
        return Err(ts.type_error("set expected"));
    };
    let h = p::hash(ts, &x)?;
    if lookup(ts, sd, &x, h)?.is_none() {
        sd.0.with_mut(|t| t.push(h, x, Value::NULL));
    }
    Ok(())
}

fn contains(ts: &ThreadState, s: &Value, x: &Value) -> PyResult<bool> {
    let h = match p::hash(ts, x) {
        Ok(h) => h,
        Err(e) if as_set(x).is_some() && p::is_instance_of(e.value(), &types().type_error) => {
            let f = frozen_copy(ts, x)?;
            return contains(ts, s, &f);
        }
        Err(e) => return Err(e),
    };
    Ok(lookup(ts, data(s), x, h)?.is_some())
}

fn frozen_copy(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let s = new_frozenset(Table::new());
    for k in keys(v) {
        set_add(ts, &s, k)?;
    }
    Ok(s)
}

/// Hash of a constant for building frozenset constants without a thread state.
pub fn const_hash(v: &Value) -> i64 {
    if let Some(i) = v.as_small_int() {
        return crate::object::int::hash_i64(i);
    }
    if let Some(s) = crate::object::str::as_str_data(v) {
        return s.hash();
    }
    if let Some(f) = v.as_float() {
        return crate::object::float::hash_f64(f);
    }
    v.bits() as i64
}

/// Equality of constants (same hash) without running Python code.
pub fn const_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (crate::object::str::as_str(a), crate::object::str::as_str(b)) {
        return x == y;
    }
    if let (Some(x), Some(y)) = (
        crate::object::int::as_bigint(a),
        crate::object::int::as_bigint(b),
    ) {
        return x == y;
    }
    false
}

/// A set built from any iterable.
pub fn set_from_iter(ts: &ThreadState, it: &Value) -> PyResult<Value> {
    let s = new_set(Table::new());
    for x in p::collect(ts, it)? {
        set_add(ts, &s, x)?;
    }
    Ok(s)
}

fn same_kind(ts: &ThreadState, like: &Value, items: Vec<Value>) -> PyResult<Value> {
    let s = if is_frozen(like) {
        new_frozenset(Table::new())
    } else {
        new_set(Table::new())
    };
    for x in items {
        set_add(ts, &s, x)?;
    }
    Ok(s)
}

fn operand(ts: &ThreadState, v: &Value) -> PyResult<Option<Vec<Value>>> {
    let _ = ts;
    Ok(as_set(v).map(|_| keys(v)))
}

fn set_op(ts: &ThreadState, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    let (Some(_), Some(bk)) = (as_set(a), operand(ts, b)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let ak = keys(a);
    let items = match op {
        '|' => {
            let mut v = ak;
            v.extend(bk);
            v
        }
        '&' => {
            let mut v = Vec::new();
            for x in ak {
                if contains(ts, b, &x)? {
                    v.push(x);
                }
            }
            v
        }
        '-' => {
            let mut v = Vec::new();
            for x in ak {
                if !contains(ts, b, &x)? {
                    v.push(x);
                }
            }
            v
        }
        _ => {
            let mut v = Vec::new();
            for x in ak {
                if !contains(ts, b, &x)? {
                    v.push(x);
                }
            }
            for x in bk {
                if !contains(ts, a, &x)? {
                    v.push(x);
                }
            }
            v
        }
    };
    same_kind(ts, a, items)
}

fn set_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if as_set(a).is_none() || as_set(b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let la = data(a).0.with(Table::len);
    let lb = data(b).0.with(Table::len);
    let subset = |x: &Value, y: &Value| -> PyResult<bool> {
        for k in keys(x) {
            if !contains(ts, y, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        CompareOp::Eq => la == lb && subset(a, b)?,
        CompareOp::Ne => !(la == lb && subset(a, b)?),
        CompareOp::Le => la <= lb && subset(a, b)?,
        CompareOp::Lt => la < lb && subset(a, b)?,
        CompareOp::Ge => la >= lb && subset(b, a)?,
        CompareOp::Gt => la > lb && subset(b, a)?,
    };
    Ok(Value::from_bool(r))
}

fn set_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let items = keys(v);
    let name = type_data(type_of(v)).name();
    let frozen = is_frozen(v);
    if items.is_empty() {
        return Ok(new_str(format!("{name}()")));
    }
    let inner = crate::builtins::list::seq_repr(ts, v, "{", "}", &items)?;
    let inner = crate::object::str::as_str(&inner).unwrap_or("").to_string();
    if frozen || name != "set" {
        return Ok(new_str(format!("{name}({inner})")));
    }
    Ok(new_str(inner))
}

fn frozenset_hash(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    let mut hash: u64 = 0;
    for k in keys(v) {
        let h = p::hash(ts, &k)? as u64;
        hash ^= ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    }
    hash ^= (data(v).0.with(Table::len) as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    let h = hash as i64;
    Ok(if h == -1 { 590_923_713 } else { h })
}

fn check_mutable(ts: &ThreadState, v: &Value, name: &str) -> PyResult<()> {
    if is_frozen(v) {
        return Err(ts.attribute_error(format!("'frozenset' object has no attribute '{name}'")));
    }
    Ok(())
}

/// Installs set and frozenset.
pub fn init() {
    let t = types();
    for ty in [&t.set, &t.frozenset] {
        set_slots(ty, |s| {
            s.repr = Some(set_repr);
            s.richcompare = Some(set_richcompare);
            s.len = Some(|_, v| Ok(data(v).0.with(Table::len)));
            s.contains = Some(contains);
            s.iter = Some(|_, v| {
                let sv = v.clone();
                let mut pos = 0usize;
                let start = data(v).0.with(Table::len);
                Ok(crate::object::iter::new_native_iter(
                    &types().set_iterator,
                    Box::new(move |ts| {
                        let (len, item) = data(&sv).0.with(|t| {
                            let mut item = None;
                            while pos < t.positions() {
                                let e = t.entry_at(pos);
                                pos += 1;
                                if let Some(e) = e {
                                    item = Some(e.key.clone());
                                    break;
                                }
                            }
                            (t.len(), item)
                        });
                        if len != start {
                            return Err(ts.runtime_error("Set changed size during iteration"));
                        }
                        Ok(item)
                    }),
                ))
            });
            s.nb[1] = Some(|ts, a, b| set_op(ts, a, b, '&'));
            s.nb[7] = Some(|ts, a, b| set_op(ts, a, b, '|'));
            s.nb[10] = Some(|ts, a, b| set_op(ts, a, b, '-'));
            s.nb[12] = Some(|ts, a, b| set_op(ts, a, b, '^'));
        });
    }
    set_slots(&t.set, |s| {
        s.new = Some(|_, ty, _, _| Ok(alloc(ty, SetData(PyCell::new(Table::new()))).into_value()));
        s.init = Some(|ts, v, a, k| {
            check_args(ts, "set", a, k, 0, 1)?;
            let old = data(v).0.with_mut(Table::take_all);
            drop(old);
            if let Some(it) = a.first() {
                for x in p::collect(ts, it)? {
                    set_add(ts, v, x)?;
                }
            }
            Ok(())
        });
        s.nb_inplace[1] = Some(|ts, a, b| inplace(ts, a, b, '&'));
        s.nb_inplace[7] = Some(|ts, a, b| inplace(ts, a, b, '|'));
        s.nb_inplace[10] = Some(|ts, a, b| inplace(ts, a, b, '-'));
        s.nb_inplace[12] = Some(|ts, a, b| inplace(ts, a, b, '^'));
    });
    set_slots(&t.frozenset, |s| {
        s.hash = Some(frozenset_hash);
        s.new = Some(|ts, ty, a, k| {
            check_args(ts, "frozenset", a, k, 0, 1)?;
            let s = alloc(ty, SetData(PyCell::new(Table::new()))).into_value();
            if let Some(it) = a.first() {
                for x in p::collect(ts, it)? {
                    set_add(ts, &s, x)?;
                }
            }
            Ok(s)
        });
    });
    crate::types::dict_set_str(&type_data(&t.set).dict, "__hash__", Value::NONE);
    let common: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("union", |ts, a, _| multi(ts, a, '|')),
        ("intersection", |ts, a, _| multi(ts, a, '&')),
        ("difference", |ts, a, _| multi(ts, a, '-')),
        ("symmetric_difference", |ts, a, _| multi(ts, a, '^')),
        ("issubset", |ts, a, _| {
            check_args(ts, "issubset", a, &[], 2, 2)?;
            let o = set_from_iter(ts, &a[1])?;
            set_richcompare(ts, &a[0], &o, CompareOp::Le)
        }),
        ("issuperset", |ts, a, _| {
            check_args(ts, "issuperset", a, &[], 2, 2)?;
            let o = set_from_iter(ts, &a[1])?;
            set_richcompare(ts, &a[0], &o, CompareOp::Ge)
        }),
        ("isdisjoint", |ts, a, _| {
            check_args(ts, "isdisjoint", a, &[], 2, 2)?;
            for x in p::collect(ts, &a[1])? {
                if contains(ts, &a[0], &x)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        }),
        ("copy", |ts, a, _| same_kind(ts, &a[0], keys(&a[0]))),
        ("__contains__", |ts, a, _| {
            Ok(Value::from_bool(contains(ts, &a[0], &a[1])?))
        }),
        ("__len__", |_, a, _| {
            Ok(int_from_i64(data(&a[0]).0.with(Table::len) as i64))
        }),
    ];
    add_methods(&t.set, common);
    add_methods(&t.frozenset, common);
    add_methods(
        &t.set,
        &[
            ("add", |ts, a, k| {
                check_args(ts, "add", a, k, 2, 2)?;
                set_add(ts, &a[0], a[1].clone())?;
                Ok(Value::NONE)
            }),
            ("remove", |ts, a, k| {
                check_args(ts, "remove", a, k, 2, 2)?;
                if !discard(ts, &a[0], &a[1])? {
                    return Err(ts.key_error(a[1].clone()));
                }
                Ok(Value::NONE)
            }),
            ("discard", |ts, a, k| {
                check_args(ts, "discard", a, k, 2, 2)?;
                discard(ts, &a[0], &a[1])?;
                Ok(Value::NONE)
            }),
            ("pop", |ts, a, k| {
                check_args(ts, "pop", a, k, 1, 1)?;
                check_mutable(ts, &a[0], "pop")?;
                let e = data(&a[0]).0.with_mut(|t| {
                    let pos = (0..t.positions()).find(|i| t.entry_at(*i).is_some());
                    pos.and_then(|i| t.remove_at(i))
                });
                match e {
                    Some(e) => Ok(e.key),
                    None => Err(ts.key_error(new_str("pop from an empty set"))),
                }
            }),
            ("clear", |_, a, _| {
                let old = data(&a[0]).0.with_mut(Table::take_all);
                drop(old);
                Ok(Value::NONE)
            }),
            ("update", |ts, a, _| {
                for o in &a[1..] {
                    for x in p::collect(ts, o)? {
                        set_add(ts, &a[0], x)?;
                    }
                }
                Ok(Value::NONE)
            }),
            ("intersection_update", |ts, a, _| update_with(ts, a, '&')),
            ("difference_update", |ts, a, _| update_with(ts, a, '-')),
            ("symmetric_difference_update", |ts, a, _| {
                update_with(ts, a, '^')
            }),
        ],
    );
}

fn discard(ts: &ThreadState, s: &Value, x: &Value) -> PyResult<bool> {
    let h = p::hash(ts, x)?;
    match lookup(ts, data(s), x, h)? {
        Some(ix) => {
            let e = data(s).0.with_mut(|t| t.remove_at(ix));
            drop(e);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn multi(ts: &ThreadState, a: &[Value], op: char) -> PyResult<Value> {
    let mut cur = same_kind(ts, &a[0], keys(&a[0]))?;
    for o in &a[1..] {
        let other = set_from_iter(ts, o)?;
        cur = set_op(ts, &cur, &other, op)?;
    }
    Ok(cur)
}

fn update_with(ts: &ThreadState, a: &[Value], op: char) -> PyResult<Value> {
    let r = multi(ts, a, op)?;
    let new = data(&r).0.with(Table::clone_table);
    let old = data(&a[0]).0.replace(new);
    drop(old);
    Ok(Value::NONE)
}

fn inplace(ts: &ThreadState, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    if as_set(b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let r = set_op(ts, a, b, op)?;
    let new = data(&r).0.with(Table::clone_table);
    let old = data(a).0.replace(new);
    drop(old);
    Ok(a.clone())
}

/// Keeps imports used.
#[allow(dead_code)]
fn _unused(_: &ObjRef, _: Probe, v: &Value) -> String {
    type_name(v)
}
