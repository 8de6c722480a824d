//! `set` and `frozenset`: CPython's open-addressing set table (see the set layout of
//! `object::table::Table`), operators and methods following CPython's algorithms so that
//! iteration order matches, and frozenset hashing as CPython computes it. See
//! docs/design/object-model.md.

use crate::builtins::classes::{payload, set_slots};
use crate::call::check_args;
use crate::object::containers::{as_dict, as_set, new_frozenset, SetData};
use crate::object::int::int_from_i64;
use crate::object::str::new_str;
use crate::object::table::{Probe, Table};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, PyCell};
use crate::protocol::{self as p};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

fn data(v: &Value) -> &SetData {
    payload::<SetData>(v)
}

fn len_of(s: &SetData) -> usize {
    s.0.with(Table::len)
}

/// Keys with their cached hashes, in slot order.
fn entries(s: &SetData) -> Vec<(Value, i64)> {
    s.0.with(|t| t.iter().map(|e| (e.key.clone(), e.hash)).collect())
}

fn keys(v: &Value) -> Vec<Value> {
    data(v)
        .0
        .with(|t| t.iter().map(|e| e.key.clone()).collect())
}

fn is_frozen(v: &Value) -> bool {
    p::is_instance_of(v, &types().frozenset)
}

/// An empty set of the builtin base type of `like` (set or frozenset).
fn new_like(like: &Value) -> Value {
    let ty = if is_frozen(like) {
        &types().frozenset
    } else {
        &types().set
    };
    alloc(ty, SetData(PyCell::new(Table::new_set()))).into_value()
}

/// Equality of simple keys without running Python code; `None` when Python `==` is needed.
fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x == y);
    }
    if p::is_exact_str(a) && p::is_exact_str(b) {
        return Some(crate::object::str::as_str(a) == crate::object::str::as_str(b));
    }
    None
}

/// Finds `key` (by hash, then identity or `==`): its slot.
fn lookup(ts: &ThreadState, s: &SetData, key: &Value, h: i64) -> PyResult<Option<usize>> {
    // Fast path: no candidate needs Python-level comparison.
    let mut needs_python = false;
    let fast = s.0.with(|t| {
        t.probe(h, |e| match simple_eq(&e.key, key) {
            Some(r) => r,
            None => {
                needs_python = true;
                false
            }
        })
    });
    if let Probe::Found(ix) = fast {
        return Ok(Some(ix));
    }
    if !needs_python {
        return Ok(None);
    }
    loop {
        let (layout, cands) = s.0.with(|t| (t.layout, t.candidates(h)));
        let mut restart = false;
        for ix in cands {
            let Some(k) = s.0.with(|t| t.entry_at(ix).map(|e| e.key.clone())) else {
                continue;
            };
            let eq = k.is(key) || p::eq(ts, &k, key)?;
            // As CPython's set_lookkey: restart only if the storage was replaced or the
            // compared entry changed under `__eq__`.
            let moved =
                s.0.with(|t| t.layout != layout || !t.entry_at(ix).is_some_and(|e| e.key.is(&k)));
            drop(k);
            if moved {
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

/// Adds `key` with a known hash unless present.
fn add_hashed(ts: &ThreadState, s: &SetData, key: Value, h: i64) -> PyResult<()> {
    if lookup(ts, s, &key, h)?.is_none() {
        s.0.with_mut(|t| t.push(h, key, Value::NULL));
    }
    Ok(())
}

/// Adds `x` to a set value.
pub fn set_add(ts: &ThreadState, s: &Value, x: Value) -> PyResult<()> {
    let Some(sd) = as_set(s) else {
        return Err(ts.type_error("set expected"));
    };
    let h = p::hash(ts, &x)?;
    add_hashed(ts, sd, x, h)
}

fn contains_hashed(ts: &ThreadState, s: &SetData, x: &Value, h: i64) -> PyResult<bool> {
    Ok(lookup(ts, s, x, h)?.is_some())
}

/// Hash of `x`, or of `frozenset(x)` when `x` is an (unhashable) set.
fn hash_key(ts: &ThreadState, x: &Value) -> PyResult<(Option<Value>, i64)> {
    match p::hash(ts, x) {
        Ok(h) => Ok((None, h)),
        Err(e)
            if p::is_instance_of(x, &types().set)
                && p::is_instance_of(e.value(), &types().type_error) =>
        {
            let f = frozen_copy(ts, x)?;
            let h = p::hash(ts, &f)?;
            Ok((Some(f), h))
        }
        Err(e) => Err(e),
    }
}

fn contains(ts: &ThreadState, s: &Value, x: &Value) -> PyResult<bool> {
    let (alt, h) = hash_key(ts, x)?;
    contains_hashed(ts, data(s), alt.as_ref().unwrap_or(x), h)
}

fn frozen_copy(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let s = new_frozenset(Table::new_set());
    update_internal(ts, &s, v)?;
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
    let s = alloc(&types().set, SetData(PyCell::new(Table::new_set()))).into_value();
    update_internal(ts, &s, it)?;
    Ok(s)
}

/// Adds every element of `other` to the set `s` (CPython's `set_update_internal`).
pub fn update_internal(ts: &ThreadState, s: &Value, other: &Value) -> PyResult<()> {
    let sd = data(s);
    if let Some(od) = as_set(other) {
        if s.is(other) {
            return Ok(());
        }
        let (copy, n, items) = od.0.with(|t| {
            let items: Vec<(Value, i64)> = t.iter().map(|e| (e.key.clone(), e.hash)).collect();
            (t.exact_clone(), t.len(), items)
        });
        let clean = sd.0.with_mut(|t| {
            t.set_reserve_for_merge(n);
            if t.set_fill() == 0 {
                t.merge_clean(&copy);
                true
            } else {
                false
            }
        });
        drop(copy);
        if !clean {
            for (k, h) in items {
                add_hashed(ts, sd, k, h)?;
            }
        }
        return Ok(());
    }
    if p::is_exact_dict(other) {
        if let Some(dd) = as_dict(other) {
            let items: Vec<(Value, i64)> =
                dd.0.with(|t| t.iter().map(|e| (e.key.clone(), e.hash)).collect());
            sd.0.with_mut(|t| t.set_reserve_for_merge(items.len()));
            for (k, h) in items {
                add_hashed(ts, sd, k, h)?;
            }
            return Ok(());
        }
    }
    let it = p::get_iter(ts, other)?;
    while let Some(x) = p::next(ts, &it)? {
        let h = p::hash(ts, &x)?;
        add_hashed(ts, sd, x, h)?;
    }
    Ok(())
}

/// A copy of `v` with the builtin base type of `v`.
fn set_copy(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let r = new_like(v);
    update_internal(ts, &r, v)?;
    Ok(r)
}

fn discard_hashed(ts: &ThreadState, s: &SetData, x: &Value, h: i64) -> PyResult<bool> {
    match lookup(ts, s, x, h)? {
        Some(ix) => {
            let e = s.0.with_mut(|t| t.remove_at(ix));
            drop(e);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn discard(ts: &ThreadState, s: &Value, x: &Value) -> PyResult<bool> {
    let (alt, h) = hash_key(ts, x)?;
    discard_hashed(ts, data(s), alt.as_ref().unwrap_or(x), h)
}

fn clear(s: &Value) {
    let old = data(s).0.with_mut(Table::take_all);
    drop(old);
}

/// Elements of an arbitrary iterable with their hashes.
fn hashed_items(ts: &ThreadState, other: &Value) -> PyResult<Vec<(Value, i64)>> {
    if let Some(od) = as_set(other) {
        return Ok(entries(od));
    }
    let mut out = Vec::new();
    let it = p::get_iter(ts, other)?;
    while let Some(x) = p::next(ts, &it)? {
        let h = p::hash(ts, &x)?;
        out.push((x, h));
    }
    Ok(out)
}

fn intersection(ts: &ThreadState, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return set_copy(ts, so);
    }
    let result = new_like(so);
    let rd = data(&result);
    if let Some(od) = as_set(other) {
        let sd = data(so);
        // Iterate over the smaller set, test membership in the larger.
        let (small, big) = if len_of(od) > len_of(sd) {
            (sd, od)
        } else {
            (od, sd)
        };
        for (k, h) in entries(small) {
            if contains_hashed(ts, big, &k, h)? {
                add_hashed(ts, rd, k, h)?;
            }
        }
        return Ok(result);
    }
    let sd = data(so);
    let it = p::get_iter(ts, other)?;
    while let Some(x) = p::next(ts, &it)? {
        let h = p::hash(ts, &x)?;
        if contains_hashed(ts, sd, &x, h)? {
            add_hashed(ts, rd, x, h)?;
        }
    }
    Ok(result)
}

fn difference_update_internal(ts: &ThreadState, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        clear(s);
        return Ok(());
    }
    let sd = data(s);
    if as_set(other).is_some() {
        for (k, h) in hashed_items(ts, other)? {
            discard_hashed(ts, sd, &k, h)?;
        }
    } else {
        let it = p::get_iter(ts, other)?;
        while let Some(x) = p::next(ts, &it)? {
            discard(ts, s, &x)?;
        }
    }
    sd.0.with_mut(Table::set_compact_after_removals);
    Ok(())
}

fn difference(ts: &ThreadState, so: &Value, other: &Value) -> PyResult<Value> {
    let other_size = if let Some(od) = as_set(other) {
        Some(len_of(od))
    } else if p::is_exact_dict(other) {
        as_dict(other).map(|d| d.0.with(Table::len))
    } else {
        None
    };
    let sd = data(so);
    let Some(other_size) = other_size.filter(|n| (len_of(sd) >> 2) <= *n) else {
        let r = set_copy(ts, so)?;
        difference_update_internal(ts, &r, other)?;
        return Ok(r);
    };
    let _ = other_size;
    let result = new_like(so);
    let rd = data(&result);
    for (k, h) in entries(sd) {
        let present = if let Some(od) = as_set(other) {
            contains_hashed(ts, od, &k, h)?
        } else {
            p::contains(ts, other, &k)?
        };
        if !present {
            add_hashed(ts, rd, k, h)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_update(ts: &ThreadState, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        clear(s);
        return Ok(());
    }
    let items: Vec<(Value, i64)> = if p::is_exact_dict(other) {
        as_dict(other).map_or_else(Vec::new, |d| {
            d.0.with(|t| t.iter().map(|e| (e.key.clone(), e.hash)).collect())
        })
    } else if let Some(od) = as_set(other) {
        entries(od)
    } else {
        let tmp = new_like(s);
        update_internal(ts, &tmp, other)?;
        entries(data(&tmp))
    };
    let sd = data(s);
    for (k, h) in items {
        if !discard_hashed(ts, sd, &k, h)? {
            add_hashed(ts, sd, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(ts: &ThreadState, so: &Value, other: &Value) -> PyResult<Value> {
    let r = new_like(so);
    update_internal(ts, &r, other)?;
    symmetric_difference_update(ts, &r, so)?;
    Ok(r)
}

fn union(ts: &ThreadState, so: &Value, other: &Value) -> PyResult<Value> {
    let r = set_copy(ts, so)?;
    update_internal(ts, &r, other)?;
    Ok(r)
}

/// Replaces the contents of `s` with those of `src` (a fresh set).
fn swap_bodies(s: &Value, src: &Value) {
    let new = data(src).0.with_mut(Table::take_all_table);
    let old = data(s).0.replace(new);
    drop(old);
}

fn set_op(ts: &ThreadState, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    if as_set(a).is_none() || as_set(b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        '|' => union(ts, a, b),
        '&' => intersection(ts, a, b),
        '-' => difference(ts, a, b),
        _ => symmetric_difference(ts, a, b),
    }
}

fn inplace(ts: &ThreadState, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    if as_set(b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        '|' => update_internal(ts, a, b)?,
        '&' => {
            let r = intersection(ts, a, b)?;
            swap_bodies(a, &r);
        }
        '-' => difference_update_internal(ts, a, b)?,
        _ => symmetric_difference_update(ts, a, b)?,
    }
    Ok(a.clone())
}

fn issubset(ts: &ThreadState, so: &Value, other: &Value) -> PyResult<bool> {
    let Some(od) = as_set(other) else {
        let tmp = set_from_iter(ts, other)?;
        return issubset(ts, so, &tmp);
    };
    let sd = data(so);
    if len_of(sd) > len_of(od) {
        return Ok(false);
    }
    for (k, h) in entries(sd) {
        if !contains_hashed(ts, od, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(ts: &ThreadState, so: &Value, other: &Value) -> PyResult<bool> {
    if as_set(other).is_some() {
        return issubset(ts, other, so);
    }
    let sd = data(so);
    let it = p::get_iter(ts, other)?;
    while let Some(x) = p::next(ts, &it)? {
        let h = p::hash(ts, &x)?;
        if !contains_hashed(ts, sd, &x, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(ts: &ThreadState, so: &Value, other: &Value) -> PyResult<bool> {
    let sd = data(so);
    if so.is(other) {
        return Ok(len_of(sd) == 0);
    }
    if let Some(od) = as_set(other) {
        let (small, big) = if len_of(od) > len_of(sd) {
            (sd, od)
        } else {
            (od, sd)
        };
        for (k, h) in entries(small) {
            if contains_hashed(ts, big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = p::get_iter(ts, other)?;
    while let Some(x) = p::next(ts, &it)? {
        let h = p::hash(ts, &x)?;
        if contains_hashed(ts, sd, &x, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(ad), Some(bd)) = (as_set(a), as_set(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let la = len_of(ad);
    let lb = len_of(bd);
    let r = match op {
        CompareOp::Eq => la == lb && issubset(ts, a, b)?,
        CompareOp::Ne => !(la == lb && issubset(ts, a, b)?),
        CompareOp::Le => issubset(ts, a, b)?,
        CompareOp::Lt => la < lb && issubset(ts, a, b)?,
        CompareOp::Ge => issuperset(ts, a, b)?,
        CompareOp::Gt => la > lb && issuperset(ts, a, b)?,
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

fn frozenset_hash(_ts: &ThreadState, v: &Value) -> PyResult<i64> {
    let mut hash: u64 = 0;
    for (_, h) in entries(data(v)) {
        let h = h as u64;
        hash ^= ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    }
    hash ^= (data(v).0.with(Table::len) as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    let h = hash as i64;
    Ok(if h == -1 { 590_923_713 } else { h })
}

fn self_arg<'a>(ts: &ThreadState, a: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match a.first() {
        Some(s) if as_set(s).is_some() => Ok(s),
        _ => Err(ts.type_error(format!(
            "descriptor '{name}' of 'set' object needs an argument"
        ))),
    }
}

fn one_arg<'a>(
    ts: &ThreadState,
    a: &'a [Value],
    k: &[Value],
    name: &str,
) -> PyResult<(&'a Value, &'a Value)> {
    check_args(ts, name, a, k, 2, 2)?;
    match (a.first(), a.get(1)) {
        (Some(s), Some(o)) if as_set(s).is_some() => Ok((s, o)),
        _ => Err(ts.type_error(format!("{name}() takes exactly one argument"))),
    }
}

fn varargs<'a>(
    ts: &ThreadState,
    a: &'a [Value],
    k: &[Value],
    name: &str,
) -> PyResult<(&'a Value, &'a [Value])> {
    crate::call::no_kwargs(ts, name, k)?;
    let s = self_arg(ts, a, name)?;
    Ok((s, a.get(1..).unwrap_or(&[])))
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
                let mut done = false;
                let start = data(v).0.with(Table::len);
                Ok(crate::object::iter::new_native_iter(
                    &types().set_iterator,
                    Box::new(move |ts| {
                        if done {
                            return Ok(None);
                        }
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
                            done = true;
                            drop(item);
                            return Err(ts.runtime_error("Set changed size during iteration"));
                        }
                        if item.is_none() {
                            done = true;
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
        s.new =
            Some(|_, ty, _, _| Ok(alloc(ty, SetData(PyCell::new(Table::new_set()))).into_value()));
        s.init = Some(|ts, v, a, k| {
            if !k.is_empty() && p::is_instance_of(v, &types().set) {
                crate::call::no_kwargs(ts, "set", k)?;
            }
            check_args(ts, "set", a, k, 0, 1)?;
            clear(v);
            if let Some(it) = a.first() {
                update_internal(ts, v, it)?;
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
            if let Some(it) = a.first() {
                if ty.is_same(&types().frozenset) && type_of(it).is_same(&types().frozenset) {
                    return Ok(it.clone());
                }
            }
            let s = alloc(ty, SetData(PyCell::new(Table::new_set()))).into_value();
            if let Some(it) = a.first() {
                update_internal(ts, &s, it)?;
            }
            Ok(s)
        });
    });
    crate::types::dict_set_str(&type_data(&t.set).dict, "__hash__", Value::NONE);
    let common: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("union", |ts, a, k| {
            let (s, others) = varargs(ts, a, k, "union")?;
            let r = set_copy(ts, s)?;
            for o in others {
                if !o.is(s) {
                    update_internal(ts, &r, o)?;
                }
            }
            Ok(r)
        }),
        ("intersection", |ts, a, k| {
            let (s, others) = varargs(ts, a, k, "intersection")?;
            if others.is_empty() {
                return set_copy(ts, s);
            }
            let mut cur = s.clone();
            for o in others {
                cur = intersection(ts, &cur, o)?;
            }
            Ok(cur)
        }),
        ("difference", |ts, a, k| {
            let (s, others) = varargs(ts, a, k, "difference")?;
            let Some((first, rest)) = others.split_first() else {
                return set_copy(ts, s);
            };
            let r = difference(ts, s, first)?;
            for o in rest {
                difference_update_internal(ts, &r, o)?;
            }
            Ok(r)
        }),
        ("symmetric_difference", |ts, a, k| {
            let (s, o) = one_arg(ts, a, k, "symmetric_difference")?;
            symmetric_difference(ts, s, o)
        }),
        ("issubset", |ts, a, k| {
            let (s, o) = one_arg(ts, a, k, "issubset")?;
            Ok(Value::from_bool(issubset(ts, s, o)?))
        }),
        ("issuperset", |ts, a, k| {
            let (s, o) = one_arg(ts, a, k, "issuperset")?;
            Ok(Value::from_bool(issuperset(ts, s, o)?))
        }),
        ("isdisjoint", |ts, a, k| {
            let (s, o) = one_arg(ts, a, k, "isdisjoint")?;
            Ok(Value::from_bool(isdisjoint(ts, s, o)?))
        }),
        ("copy", |ts, a, k| {
            check_args(ts, "copy", a, k, 1, 1)?;
            let s = self_arg(ts, a, "copy")?;
            if type_of(s).is_same(&types().frozenset) {
                return Ok(s.clone());
            }
            set_copy(ts, s)
        }),
        ("__contains__", |ts, a, k| {
            let (s, o) = one_arg(ts, a, k, "__contains__")?;
            Ok(Value::from_bool(contains(ts, s, o)?))
        }),
        ("__len__", |ts, a, k| {
            check_args(ts, "__len__", a, k, 1, 1)?;
            let s = self_arg(ts, a, "__len__")?;
            Ok(int_from_i64(data(s).0.with(Table::len) as i64))
        }),
    ];
    add_methods(&t.set, common);
    add_methods(&t.frozenset, common);
    add_methods(
        &t.set,
        &[
            ("add", |ts, a, k| {
                let (s, o) = one_arg(ts, a, k, "add")?;
                set_add(ts, s, o.clone())?;
                Ok(Value::NONE)
            }),
            ("remove", |ts, a, k| {
                let (s, o) = one_arg(ts, a, k, "remove")?;
                if !discard(ts, s, o)? {
                    return Err(ts.key_error(o.clone()));
                }
                Ok(Value::NONE)
            }),
            ("discard", |ts, a, k| {
                let (s, o) = one_arg(ts, a, k, "discard")?;
                discard(ts, s, o)?;
                Ok(Value::NONE)
            }),
            ("pop", |ts, a, k| {
                check_args(ts, "pop", a, k, 1, 1)?;
                let s = self_arg(ts, a, "pop")?;
                match data(s).0.with_mut(Table::set_pop_first) {
                    Some(e) => Ok(e.key),
                    None => Err(ts.key_error(new_str("pop from an empty set"))),
                }
            }),
            ("clear", |ts, a, k| {
                check_args(ts, "clear", a, k, 1, 1)?;
                clear(self_arg(ts, a, "clear")?);
                Ok(Value::NONE)
            }),
            ("update", |ts, a, k| {
                let (s, others) = varargs(ts, a, k, "update")?;
                for o in others {
                    update_internal(ts, s, o)?;
                }
                Ok(Value::NONE)
            }),
            ("intersection_update", |ts, a, k| {
                let (s, others) = varargs(ts, a, k, "intersection_update")?;
                let mut cur = s.clone();
                for o in others {
                    cur = intersection(ts, &cur, o)?;
                }
                if !cur.is(s) {
                    swap_bodies(s, &cur);
                }
                Ok(Value::NONE)
            }),
            ("difference_update", |ts, a, k| {
                let (s, others) = varargs(ts, a, k, "difference_update")?;
                for o in others {
                    difference_update_internal(ts, s, o)?;
                }
                Ok(Value::NONE)
            }),
            ("symmetric_difference_update", |ts, a, k| {
                let (s, o) = one_arg(ts, a, k, "symmetric_difference_update")?;
                symmetric_difference_update(ts, s, o)?;
                Ok(Value::NONE)
            }),
        ],
    );
}
