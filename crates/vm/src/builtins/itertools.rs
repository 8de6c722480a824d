//! The `itertools` module: each iterator is a class (as in CPython) whose instances are
//! native iterators (`object/iter.rs`) driven by a Rust closure. State shared between
//! iterators (`groupby` and its groups, `tee` copies) lives in a `PyCell` behind an `Rc`,
//! touched only outside Python calls. `tee` copies share one growing buffer (it is not
//! trimmed as the copies advance). See docs/design/stdlib-bridge.md.

use std::rc::Rc;

use crate::builtins::classes::{payload, set_slots};
use crate::call::{parse_args, split_kwargs};
use crate::object::containers::new_tuple;
use crate::object::int::as_i64;
use crate::object::iter::{native_iter_next, new_native_iter, IterFn, NativeIterData};
use crate::object::str::new_str;
use crate::object::typeobj::{NewFn, Slots};
use crate::object::{ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, dict_set_str, make_builtin_type, type_data, types};
use crate::value::Value;
use crate::PyResult;

/// Makes an iterator class `itertools.<name>` whose constructor is `new`.
fn iter_class(dict: &ObjRef, name: &'static str, new: NewFn) {
    let ty = make_builtin_type::<NativeIterData>(name, &types().object, Slots::default(), true);
    set_slots(&ty, |s| {
        s.new = Some(new);
        s.init = Some(|_, _, _, _| Ok(()));
        s.iter = Some(|_, v| Ok(v.clone()));
        s.next = Some(|ts, v| native_iter_next(ts, payload::<NativeIterData>(v)));
    });
    add_methods(
        &ty,
        &[
            ("__next__", |ts, a, _| {
                match native_iter_next(ts, payload::<NativeIterData>(&a[0]))? {
                    Some(v) => Ok(v),
                    None => Err(ts.stop_iteration(Value::NONE)),
                }
            }),
            ("__iter__", |_, a, _| Ok(a[0].clone())),
        ],
    );
    dict_set_str(&type_data(&ty).dict, "__module__", new_str("itertools"));
    dict_set_str(dict, name, ty.into_value());
}

fn make(ty: &ObjRef, step: IterFn) -> PyResult<Value> {
    Ok(new_native_iter(ty, step))
}

fn no_kwargs(ts: &ThreadState, name: &str, k: &[Value]) -> PyResult<()> {
    if k.is_empty() {
        Ok(())
    } else {
        Err(ts.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn count_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [start, step] = parse_args(ts, "count", a, k, ["start", "step"], 0, 2)?;
    let mut cur = start.unwrap_or(Value::small_int(0));
    let step = step.unwrap_or(Value::small_int(1));
    for v in [&cur, &step] {
        if p::binary_op(ts, v, &Value::small_int(0), 0).is_err() {
            return Err(ts.type_error("a number is required"));
        }
    }
    make(
        ty,
        Box::new(move |ts| {
            let next = p::binary_op(ts, &cur, &step, 0)?;
            Ok(Some(std::mem::replace(&mut cur, next)))
        }),
    )
}

fn cycle_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(ts, "cycle", k)?;
    let [it] = parse_args(ts, "cycle", a, k, ["iterable"], 1, 1)?;
    let it = p::get_iter(ts, &it.unwrap_or(Value::NONE))?;
    let mut saved: Vec<Value> = Vec::new();
    let mut exhausted = false;
    let mut i = 0usize;
    make(
        ty,
        Box::new(move |ts| {
            if !exhausted {
                if let Some(v) = p::next(ts, &it)? {
                    saved.push(v.clone());
                    return Ok(Some(v));
                }
                exhausted = true;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[i % saved.len()].clone();
            i = (i + 1) % saved.len();
            Ok(Some(v))
        }),
    )
}

fn repeat_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [obj, times] = parse_args(ts, "repeat", a, k, ["object", "times"], 1, 2)?;
    let obj = obj.unwrap_or(Value::NONE);
    let mut left = match times {
        Some(t) => Some(p::index_i64(ts, &t)?.max(0)),
        None => None,
    };
    make(
        ty,
        Box::new(move |_| match &mut left {
            None => Ok(Some(obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
        }),
    )
}

fn accumulate_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [it, func, initial] = parse_args(
        ts,
        "accumulate",
        a,
        k,
        ["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = p::get_iter(ts, &it.unwrap_or(Value::NONE))?;
    let func = func.filter(|f| !f.is_none());
    let mut total: Option<Value> = None;
    let mut initial = initial.filter(|v| !v.is_none());
    make(
        ty,
        Box::new(move |ts| {
            if let Some(v) = initial.take() {
                total = Some(v.clone());
                return Ok(Some(v));
            }
            let Some(x) = p::next(ts, &it)? else {
                return Ok(None);
            };
            let next = match (&total, &func) {
                (None, _) => x,
                (Some(t), None) => p::binary_op(ts, t, &x, 0)?,
                (Some(t), Some(f)) => p::call(ts, f, &[t.clone(), x], &[])?,
            };
            total = Some(next.clone());
            Ok(Some(next))
        }),
    )
}

fn chain_iter(ty: &ObjRef, sources: Value) -> PyResult<Value> {
    let mut outer: Option<Value> = None;
    let mut current: Option<Value> = None;
    let mut sources = Some(sources);
    make(
        ty,
        Box::new(move |ts| loop {
            if let Some(src) = sources.take() {
                outer = Some(p::get_iter(ts, &src)?);
            }
            if let Some(cur) = &current {
                if let Some(v) = p::next(ts, cur)? {
                    return Ok(Some(v));
                }
                current = None;
            }
            let Some(o) = &outer else {
                return Ok(None);
            };
            match p::next(ts, o)? {
                Some(next_iterable) => current = Some(p::get_iter(ts, &next_iterable)?),
                None => {
                    outer = None;
                    return Ok(None);
                }
            }
        }),
    )
}

fn chain_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(ts, "chain", k)?;
    chain_iter(ty, new_tuple(a.to_vec()))
}

fn compress_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [data, sel] = parse_args(ts, "compress", a, k, ["data", "selectors"], 2, 2)?;
    let data = p::get_iter(ts, &data.unwrap_or(Value::NONE))?;
    let sel = p::get_iter(ts, &sel.unwrap_or(Value::NONE))?;
    make(
        ty,
        Box::new(move |ts| loop {
            let Some(d) = p::next(ts, &data)? else {
                return Ok(None);
            };
            let Some(s) = p::next(ts, &sel)? else {
                return Ok(None);
            };
            if p::truthy(ts, &s)? {
                return Ok(Some(d));
            }
        }),
    )
}

/// `dropwhile`, `takewhile` and `filterfalse` share their argument handling.
fn pred_and_iter(
    ts: &ThreadState,
    name: &str,
    a: &[Value],
    k: &[Value],
) -> PyResult<(Value, Value)> {
    no_kwargs(ts, name, k)?;
    if a.len() != 2 {
        return Err(ts.type_error(format!("{name} expected 2 arguments, got {}", a.len())));
    }
    Ok((a[0].clone(), p::get_iter(ts, &a[1])?))
}

fn dropwhile_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(ts, "dropwhile", a, k)?;
    let mut dropping = true;
    make(
        ty,
        Box::new(move |ts| loop {
            let Some(v) = p::next(ts, &it)? else {
                return Ok(None);
            };
            if !dropping {
                return Ok(Some(v));
            }
            let r = p::call(ts, &pred, std::slice::from_ref(&v), &[])?;
            if !p::truthy(ts, &r)? {
                dropping = false;
                return Ok(Some(v));
            }
        }),
    )
}

fn takewhile_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(ts, "takewhile", a, k)?;
    let mut done = false;
    make(
        ty,
        Box::new(move |ts| {
            if done {
                return Ok(None);
            }
            let Some(v) = p::next(ts, &it)? else {
                return Ok(None);
            };
            let r = p::call(ts, &pred, std::slice::from_ref(&v), &[])?;
            if p::truthy(ts, &r)? {
                Ok(Some(v))
            } else {
                done = true;
                Ok(None)
            }
        }),
    )
}

fn filterfalse_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_and_iter(ts, "filterfalse", a, k)?;
    make(
        ty,
        Box::new(move |ts| loop {
            let Some(v) = p::next(ts, &it)? else {
                return Ok(None);
            };
            let keep = if pred.is_none() {
                !p::truthy(ts, &v)?
            } else {
                let r = p::call(ts, &pred, std::slice::from_ref(&v), &[])?;
                !p::truthy(ts, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }),
    )
}

fn starmap_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(ts, "starmap", k)?;
    if a.len() != 2 {
        return Err(ts.type_error(format!("starmap expected 2 arguments, got {}", a.len())));
    }
    let func = a[0].clone();
    let it = p::get_iter(ts, &a[1])?;
    make(
        ty,
        Box::new(move |ts| {
            let Some(args) = p::next(ts, &it)? else {
                return Ok(None);
            };
            let args = p::collect(ts, &args)?;
            p::call(ts, &func, &args, &[]).map(Some)
        }),
    )
}

fn islice_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(ts, "islice", k)?;
    if a.len() < 2 || a.len() > 4 {
        return Err(ts.type_error(format!(
            "islice expected at most 4 arguments, got {}",
            a.len()
        )));
    }
    let bound = |v: &Value, msg: &str| -> PyResult<Option<usize>> {
        if v.is_none() {
            return Ok(None);
        }
        match p::index_i64(ts, v) {
            Ok(n) if n >= 0 => Ok(Some(n as usize)),
            _ => Err(ts.value_error(msg.to_string())),
        }
    };
    let idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if a.len() == 2 {
        let stop = bound(
            &a[1],
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        )?;
        (0, stop, 1)
    } else {
        let start = bound(&a[1], idx_msg)?.unwrap_or(0);
        let stop = bound(&a[2], idx_msg)?;
        let step = match a.get(3) {
            Some(s) if !s.is_none() => match p::index_i64(ts, s) {
                Ok(n) if n >= 1 => n as usize,
                _ => {
                    return Err(
                        ts.value_error("Step for islice() must be a positive integer or None.")
                    )
                }
            },
            _ => 1,
        };
        (start, stop, step)
    };
    let it = p::get_iter(ts, &a[0])?;
    let mut next_index = start;
    let mut pos = 0usize;
    let mut done = false;
    make(
        ty,
        Box::new(move |ts| {
            if done || stop.is_some_and(|s| next_index >= s) {
                done = true;
                return Ok(None);
            }
            while pos < next_index {
                if p::next(ts, &it)?.is_none() {
                    done = true;
                    return Ok(None);
                }
                pos += 1;
            }
            let Some(v) = p::next(ts, &it)? else {
                done = true;
                return Ok(None);
            };
            pos += 1;
            next_index += step;
            Ok(Some(v))
        }),
    )
}

fn zip_longest_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(a, k);
    let mut fill = Value::NONE;
    for (name, v) in kw {
        if name != "fillvalue" {
            return Err(ts.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut iters: Vec<Option<Value>> = Vec::new();
    for x in pos {
        iters.push(Some(p::get_iter(ts, x)?));
    }
    let mut active = iters.len();
    make(
        ty,
        Box::new(move |ts| {
            if active == 0 {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for slot in &mut iters {
                let v = match slot {
                    Some(it) => match p::next(ts, it)? {
                        Some(v) => v,
                        None => {
                            *slot = None;
                            active -= 1;
                            if active == 0 {
                                return Ok(None);
                            }
                            fill.clone()
                        }
                    },
                    None => fill.clone(),
                };
                out.push(v);
            }
            Ok(Some(new_tuple(out)))
        }),
    )
}

fn pairwise_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(ts, "pairwise", k)?;
    let [it] = parse_args(ts, "pairwise", a, k, ["iterable"], 1, 1)?;
    let it = p::get_iter(ts, &it.unwrap_or(Value::NONE))?;
    let mut prev: Option<Value> = None;
    make(
        ty,
        Box::new(move |ts| {
            if prev.is_none() {
                match p::next(ts, &it)? {
                    Some(v) => prev = Some(v),
                    None => return Ok(None),
                }
            }
            let Some(v) = p::next(ts, &it)? else {
                prev = None;
                return Ok(None);
            };
            let a = prev.replace(v.clone()).unwrap_or(Value::NONE);
            Ok(Some(new_tuple(vec![a, v])))
        }),
    )
}

fn product_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(a, k);
    let mut repeat = 1i64;
    for (name, v) in kw {
        if name != "repeat" {
            return Err(ts.type_error(format!(
                "product() got an unexpected keyword argument '{name}'"
            )));
        }
        repeat = p::index_i64(ts, v)?;
    }
    if repeat < 0 {
        return Err(ts.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::new();
    for x in pos {
        pools.push(p::collect(ts, x)?);
    }
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.clone()).collect();
    let mut indices: Option<Vec<usize>> = if pools.iter().any(Vec::is_empty) {
        None
    } else {
        Some(vec![0; pools.len()])
    };
    let mut first = true;
    make(
        ty,
        Box::new(move |_| {
            let Some(ix) = &mut indices else {
                return Ok(None);
            };
            if !first {
                let mut i = ix.len();
                loop {
                    if i == 0 {
                        indices = None;
                        return Ok(None);
                    }
                    i -= 1;
                    ix[i] += 1;
                    if ix[i] < pools[i].len() {
                        break;
                    }
                    ix[i] = 0;
                }
            }
            first = false;
            Ok(Some(new_tuple(
                ix.iter()
                    .zip(&pools)
                    .map(|(&j, pool)| pool[j].clone())
                    .collect(),
            )))
        }),
    )
}

/// The `r` argument of the combinatoric iterators.
fn r_arg(ts: &ThreadState, r: Option<Value>, default: usize) -> PyResult<usize> {
    match r.filter(|v| !v.is_none()) {
        None => Ok(default),
        Some(v) => {
            let Some(n) = as_i64(&v) else {
                return Err(ts.type_error(format!("Expected int as r, got {}", type_name(&v))));
            };
            if n < 0 {
                return Err(ts.value_error("r must be non-negative"));
            }
            Ok(n as usize)
        }
    }
}

fn permutations_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [it, r] = parse_args(ts, "permutations", a, k, ["iterable", "r"], 1, 2)?;
    let pool = p::collect(ts, &it.unwrap_or(Value::NONE))?;
    let n = pool.len();
    let r = r_arg(ts, r, n)?;
    let mut indices: Vec<usize> = (0..n).collect();
    let mut cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
    let mut state = if r > n { 2 } else { 0 }; // 0: first, 1: running, 2: done
    make(
        ty,
        Box::new(move |_| {
            match state {
                2 => return Ok(None),
                0 => state = 1,
                _ => {
                    let mut i = r;
                    loop {
                        if i == 0 {
                            state = 2;
                            return Ok(None);
                        }
                        i -= 1;
                        cycles[i] -= 1;
                        if cycles[i] == 0 {
                            let x = indices.remove(i);
                            indices.push(x);
                            cycles[i] = n - i;
                        } else {
                            let j = cycles[i];
                            indices.swap(i, n - j);
                            break;
                        }
                    }
                }
            }
            Ok(Some(new_tuple(
                indices[..r].iter().map(|&i| pool[i].clone()).collect(),
            )))
        }),
    )
}

fn combinations_iter(ty: &ObjRef, pool: Vec<Value>, r: usize, replace: bool) -> PyResult<Value> {
    let n = pool.len();
    let mut indices: Vec<usize> = if replace {
        vec![0; r]
    } else {
        (0..r).collect()
    };
    let mut state = if (!replace && r > n) || (replace && n == 0 && r > 0) {
        2
    } else {
        0
    };
    make(
        ty,
        Box::new(move |_| {
            match state {
                2 => return Ok(None),
                0 => state = 1,
                _ => {
                    let mut i = r;
                    loop {
                        if i == 0 {
                            state = 2;
                            return Ok(None);
                        }
                        i -= 1;
                        let limit = if replace { n - 1 } else { i + n - r };
                        if indices[i] != limit {
                            break;
                        }
                    }
                    if replace {
                        let v = indices[i] + 1;
                        for x in &mut indices[i..] {
                            *x = v;
                        }
                    } else {
                        indices[i] += 1;
                        for j in i + 1..r {
                            indices[j] = indices[j - 1] + 1;
                        }
                    }
                }
            }
            Ok(Some(new_tuple(
                indices.iter().map(|&i| pool[i].clone()).collect(),
            )))
        }),
    )
}

fn combinations_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [it, r] = parse_args(ts, "combinations", a, k, ["iterable", "r"], 2, 2)?;
    let pool = p::collect(ts, &it.unwrap_or(Value::NONE))?;
    let r = r_arg(ts, r, 0)?;
    combinations_iter(ty, pool, r, false)
}

fn cwr_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [it, r] = parse_args(
        ts,
        "combinations_with_replacement",
        a,
        k,
        ["iterable", "r"],
        2,
        2,
    )?;
    let pool = p::collect(ts, &it.unwrap_or(Value::NONE))?;
    let r = r_arg(ts, r, 0)?;
    combinations_iter(ty, pool, r, true)
}

/// State shared by a `groupby` iterator and its groups (CPython's pure-Python equivalent,
/// with `id` telling a group whether it is still the current one).
struct GroupState {
    it: Value,
    key: Value,
    tgtkey: PyCell<Value>,
    currkey: PyCell<Value>,
    currvalue: PyCell<Value>,
    id: std::cell::Cell<u64>,
}

impl GroupState {
    /// Advances the underlying iterator; `false` at its end.
    fn step(&self, ts: &ThreadState) -> PyResult<bool> {
        let Some(v) = p::next(ts, &self.it)? else {
            return Ok(false);
        };
        let k = if self.key.is_none() {
            v.clone()
        } else {
            p::call(ts, &self.key, std::slice::from_ref(&v), &[])?
        };
        drop(self.currvalue.replace(v));
        drop(self.currkey.replace(k));
        Ok(true)
    }
}

fn groupby_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [it, key] = parse_args(ts, "groupby", a, k, ["iterable", "key"], 1, 2)?;
    let st = Rc::new(GroupState {
        it: p::get_iter(ts, &it.unwrap_or(Value::NONE))?,
        key: key.unwrap_or(Value::NONE),
        tgtkey: PyCell::new(Value::NULL),
        currkey: PyCell::new(Value::NULL),
        currvalue: PyCell::new(Value::NULL),
        id: std::cell::Cell::new(0),
    });
    make(
        ty,
        Box::new(move |ts| {
            st.id.set(st.id.get() + 1);
            loop {
                let (cur, tgt) = (st.currkey.get(), st.tgtkey.get());
                let same = !cur.is_null() && !tgt.is_null() && p::eq(ts, &cur, &tgt)?;
                if !cur.is_null() && !same {
                    break;
                }
                if !st.step(ts)? {
                    return Ok(None);
                }
                if tgt.is_null() {
                    break;
                }
            }
            let key = st.currkey.get();
            drop(st.tgtkey.replace(key.clone()));
            let group = grouper(&st, key.clone());
            Ok(Some(new_tuple(vec![key, group])))
        }),
    )
}

fn grouper(st: &Rc<GroupState>, tgtkey: Value) -> Value {
    let st = Rc::clone(st);
    let id = st.id.get();
    let mut first = true;
    new_native_iter(
        &types().native_iter,
        Box::new(move |ts| {
            if st.id.get() != id {
                return Ok(None);
            }
            if !first && !st.step(ts)? {
                return Ok(None);
            }
            first = false;
            let cur = st.currkey.get();
            if cur.is_null() || !p::eq(ts, &cur, &tgtkey)? {
                return Ok(None);
            }
            Ok(Some(st.currvalue.get()))
        }),
    )
}

/// Shared buffer of `tee` copies.
struct TeeBuffer {
    it: Value,
    items: PyCell<Vec<Value>>,
}

fn tee(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [it, n] = parse_args(ts, "tee", a, k, ["iterable", "n"], 1, 2)?;
    let n = match n {
        Some(v) => p::index_i64(ts, &v)?,
        None => 2,
    };
    if n < 0 {
        return Err(ts.value_error("n must be >= 0"));
    }
    let buf = Rc::new(TeeBuffer {
        it: p::get_iter(ts, &it.unwrap_or(Value::NONE))?,
        items: PyCell::new(Vec::new()),
    });
    let copies = (0..n)
        .map(|_| {
            let buf = Rc::clone(&buf);
            let mut i = 0usize;
            new_native_iter(
                &types().native_iter,
                Box::new(move |ts| {
                    if let Some(v) = buf.items.with(|items| items.get(i).cloned()) {
                        i += 1;
                        return Ok(Some(v));
                    }
                    let Some(v) = p::next(ts, &buf.it)? else {
                        return Ok(None);
                    };
                    buf.items.with_mut(|items| items.push(v.clone()));
                    i += 1;
                    Ok(Some(v))
                }),
            )
        })
        .collect();
    Ok(new_tuple(copies))
}

/// Builds the `itertools` module.
pub fn make_itertools_module(dict: &ObjRef) {
    iter_class(dict, "count", count_new);
    iter_class(dict, "cycle", cycle_new);
    iter_class(dict, "repeat", repeat_new);
    iter_class(dict, "accumulate", accumulate_new);
    iter_class(dict, "chain", chain_new);
    iter_class(dict, "compress", compress_new);
    iter_class(dict, "dropwhile", dropwhile_new);
    iter_class(dict, "takewhile", takewhile_new);
    iter_class(dict, "filterfalse", filterfalse_new);
    iter_class(dict, "starmap", starmap_new);
    iter_class(dict, "islice", islice_new);
    iter_class(dict, "zip_longest", zip_longest_new);
    iter_class(dict, "pairwise", pairwise_new);
    iter_class(dict, "product", product_new);
    iter_class(dict, "permutations", permutations_new);
    iter_class(dict, "combinations", combinations_new);
    iter_class(dict, "combinations_with_replacement", cwr_new);
    iter_class(dict, "groupby", groupby_new);
    if let Some(chain) = crate::protocol::dict_get_str(dict, "chain") {
        if let Some(chain_ty) = chain.as_obj() {
            let from_iterable = p::new_builtin_function(
                "from_iterable",
                |ts, a, k| {
                    no_kwargs(ts, "from_iterable", k)?;
                    if a.len() != 2 {
                        return Err(ts.type_error("from_iterable() takes exactly one argument"));
                    }
                    let ty = a[0]
                        .as_obj()
                        .cloned()
                        .unwrap_or_else(|| types().native_iter.clone());
                    chain_iter(&ty, a[1].clone())
                },
                Some("itertools"),
            );
            let cm = crate::object::alloc(
                &types().classmethod,
                crate::object::function::ClassMethodData(PyCell::new(from_iterable)),
            );
            dict_set_str(&type_data(chain_ty).dict, "from_iterable", cm.into_value());
        }
    }
    dict_set_str(
        dict,
        "tee",
        p::new_builtin_function("tee", tee, Some("itertools")),
    );
}
