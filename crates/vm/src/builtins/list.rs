//! `list`: slots (repr with recursion guard, comparison, indexing, slicing and slice
//! assignment, concatenation, repetition) and methods, including a stable merge sort whose
//! comparisons may raise and which detects mutation during the sort. See
//! docs/design/object-model.md.

use crate::builtins::classes::{payload, set_slots};
use crate::builtins::slice::{slice_indices, SliceIndices};
use crate::call::{check_args, parse_args};
use crate::object::containers::{as_list, new_list, ListData};
use crate::object::int::int_from_i64;
use crate::object::misc::SliceData;
use crate::object::str::new_str;
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the list type.
pub fn init() {
    let t = types();
    set_slots(&t.list, |s| {
        s.repr = Some(|ts, v| seq_repr(ts, v, "[", "]", &items(v)));
        s.richcompare = Some(list_richcompare);
        s.len = Some(|_, v| Ok(data(v).0.with(Vec::len)));
        s.getitem = Some(list_getitem);
        s.setitem = Some(list_setitem);
        s.contains = Some(|ts, v, x| {
            for it in items(v) {
                if p::eq(ts, &it, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
        s.iter = Some(list_iter);
        s.nb[0] = Some(|_, a, b| {
            let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let mut v = x.0.get();
            v.extend(y.0.get());
            Ok(new_list(v))
        });
        s.nb[5] = Some(list_mul);
        s.nb_inplace[0] = Some(|ts, a, b| {
            list_extend_value(ts, a, b)?;
            Ok(a.clone())
        });
        s.nb_inplace[5] = Some(|ts, a, b| {
            let Some(n) = repeat(ts, b)? else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let cur = items(a);
            let mut out = Vec::with_capacity(cur.len() * n);
            for _ in 0..n {
                out.extend(cur.iter().cloned());
            }
            let old = data(a).0.replace(out);
            drop(old);
            Ok(a.clone())
        });
        s.new = Some(|_, ty, _, _| Ok(alloc(ty, ListData(PyCell::new(Vec::new()))).into_value()));
        s.init = Some(|ts, v, a, k| {
            check_args(ts, "list", a, k, 0, 1)?;
            let new = match a.first() {
                Some(x) => p::collect(ts, x)?,
                None => Vec::new(),
            };
            let old = data(v).0.replace(new);
            drop(old);
            Ok(())
        });
    });
    add_methods(
        &t.list,
        &[
            ("append", |ts, a, k| {
                meth_args(ts, "list.append", a, k, 1, 1)?;
                data(&a[0]).0.with_mut(|v| v.push(a[1].clone()));
                Ok(Value::NONE)
            }),
            ("extend", |ts, a, k| {
                meth_args(ts, "list.extend", a, k, 1, 1)?;
                list_extend_value(ts, &a[0], &a[1])?;
                Ok(Value::NONE)
            }),
            ("insert", |ts, a, k| {
                meth_args(ts, "list.insert", a, k, 2, 2)?;
                let i = p::index_i64(ts, &a[1])?;
                data(&a[0]).0.with_mut(|v| {
                    let n = v.len() as i64;
                    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
                    v.insert(j as usize, a[2].clone());
                });
                Ok(Value::NONE)
            }),
            ("pop", |ts, a, k| {
                meth_args(ts, "list.pop", a, k, 0, 1)?;
                let i = match a.get(1) {
                    Some(x) => p::index_i64(ts, x)?,
                    None => -1,
                };
                let r = data(&a[0]).0.with_mut(|v| {
                    if v.is_empty() {
                        return Err(true);
                    }
                    let n = v.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if !(0..n).contains(&j) {
                        return Err(false);
                    }
                    Ok(v.remove(j as usize))
                });
                r.map_err(|empty| {
                    ts.index_error(if empty {
                        "pop from empty list"
                    } else {
                        "pop index out of range"
                    })
                })
            }),
            ("remove", |ts, a, k| {
                meth_args(ts, "list.remove", a, k, 1, 1)?;
                let cur = items(&a[0]);
                for (i, x) in cur.iter().enumerate() {
                    if p::eq(ts, x, &a[1])? {
                        let old = data(&a[0]).0.with_mut(|v| {
                            if i < v.len() {
                                Some(v.remove(i))
                            } else {
                                None
                            }
                        });
                        drop(old);
                        return Ok(Value::NONE);
                    }
                }
                Err(ts.value_error("list.remove(x): x not in list"))
            }),
            ("index", |ts, a, k| {
                meth_args(ts, "list.index", a, k, 1, 3)?;
                let cur = items(&a[0]);
                let n = cur.len() as i64;
                let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
                    match v {
                        Some(x) => {
                            let i = p::index_i64(ts, x)?;
                            Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
                        }
                        None => Ok(d),
                    }
                };
                let (start, stop) = (norm(a.get(2), 0)?, norm(a.get(3), n)?);
                for i in start..stop {
                    if let Some(x) = cur.get(i as usize) {
                        if p::eq(ts, x, &a[1])? {
                            return Ok(int_from_i64(i));
                        }
                    }
                }
                Err(ts.value_error(format!("{} is not in list", p::repr_string(ts, &a[1])?)))
            }),
            ("count", |ts, a, k| {
                meth_args(ts, "list.count", a, k, 1, 1)?;
                let mut n = 0;
                for x in items(&a[0]) {
                    if p::eq(ts, &x, &a[1])? {
                        n += 1;
                    }
                }
                Ok(int_from_i64(n))
            }),
            ("reverse", |ts, a, k| {
                meth_args(ts, "list.reverse", a, k, 0, 0)?;
                data(&a[0]).0.with_mut(|v| v.reverse());
                Ok(Value::NONE)
            }),
            ("copy", |ts, a, k| {
                meth_args(ts, "list.copy", a, k, 0, 0)?;
                Ok(new_list(items(&a[0])))
            }),
            ("clear", |ts, a, k| {
                meth_args(ts, "list.clear", a, k, 0, 0)?;
                let old = data(&a[0]).0.replace(Vec::new());
                drop(old);
                Ok(Value::NONE)
            }),
            ("sort", list_sort),
            ("__reversed__", |_, a, _| {
                let l = a[0].clone();
                let pos =
                    std::rc::Rc::new(std::cell::Cell::new(data(&l).0.with(Vec::len) as i64 - 1));
                let hint_pos = pos.clone();
                let hint_list = l.clone();
                Ok(crate::object::iter::new_native_iter_with_hint(
                    &types().reversed,
                    Box::new(move |_| {
                        let i = pos.get();
                        if i < 0 {
                            return Ok(None);
                        }
                        let r = data(&l).0.with(|v| v.get(i as usize).cloned());
                        pos.set(if r.is_none() { -1 } else { i - 1 });
                        Ok(r)
                    }),
                    // CPython: index + 1 while the index is still inside the list.
                    Box::new(move || {
                        let i = hint_pos.get();
                        let n = data(&hint_list).0.with(Vec::len) as i64;
                        if i >= 0 && i < n {
                            (i + 1) as usize
                        } else {
                            0
                        }
                    }),
                ))
            }),
            ("__len__", |_, a, _| {
                Ok(int_from_i64(data(&a[0]).0.with(Vec::len) as i64))
            }),
            ("__getitem__", |ts, a, k| {
                meth_args(ts, "list.__getitem__", a, k, 1, 1)?;
                list_getitem(ts, &a[0], &a[1])
            }),
            ("__setitem__", |ts, a, k| {
                meth_args(ts, "list.__setitem__", a, k, 2, 2)?;
                list_setitem(ts, &a[0], &a[1], Some(a[2].clone())).map(|()| Value::NONE)
            }),
            ("__delitem__", |ts, a, k| {
                meth_args(ts, "list.__delitem__", a, k, 1, 1)?;
                list_setitem(ts, &a[0], &a[1], None).map(|()| Value::NONE)
            }),
            ("__contains__", |ts, a, k| {
                meth_args(ts, "list.__contains__", a, k, 1, 1)?;
                for it in items(&a[0]) {
                    if p::eq(ts, &it, &a[1])? {
                        return Ok(Value::TRUE);
                    }
                }
                Ok(Value::FALSE)
            }),
            ("__iter__", |ts, a, _| list_iter(ts, &a[0])),
            ("__add__", |ts, a, k| {
                meth_args(ts, "list.__add__", a, k, 1, 1)?;
                let (Some(x), Some(y)) = (as_list(&a[0]), as_list(&a[1])) else {
                    return Ok(Value::NOT_IMPLEMENTED);
                };
                let mut v = x.0.get();
                v.extend(y.0.get());
                Ok(new_list(v))
            }),
            ("__iadd__", |ts, a, k| {
                meth_args(ts, "list.__iadd__", a, k, 1, 1)?;
                list_extend_value(ts, &a[0], &a[1])?;
                Ok(a[0].clone())
            }),
            ("__eq__", |ts, a, k| {
                meth_args(ts, "list.__eq__", a, k, 1, 1)?;
                list_richcompare(ts, &a[0], &a[1], CompareOp::Eq)
            }),
            ("__repr__", |ts, a, _| {
                seq_repr(ts, &a[0], "[", "]", &items(&a[0]))
            }),
        ],
    );
    crate::types::dict_set_str(
        &crate::types::type_data(&t.list).dict,
        "__hash__",
        Value::NONE,
    );
}

/// Argument-count check for a builtin method (`a[0]` is self, the trailing `k.len()` values
/// are keyword values), with CPython's messages: `qual` is `"type.name"`; no-argument and
/// one-argument methods use the `METH_NOARGS`/`METH_O` wording, others the Argument Clinic
/// wording.
pub fn meth_args(
    ts: &ThreadState,
    qual: &str,
    a: &[Value],
    k: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = a.len().saturating_sub(1);
    if k.is_empty() && !a.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    let short = qual.rsplit('.').next().unwrap_or(qual);
    let simple = max <= 1 && min == max;
    if !k.is_empty() {
        return Err(ts.type_error(if simple {
            format!("{qual}() takes no keyword arguments")
        } else {
            format!("{short}() takes no keyword arguments")
        }));
    }
    if a.is_empty() {
        return Err(ts.type_error(format!("descriptor '{short}' needs an argument")));
    }
    let plural = |x: usize| if x == 1 { "" } else { "s" };
    Err(ts.type_error(match (min, max) {
        (0, 0) => format!("{qual}() takes no arguments ({n} given)"),
        (1, 1) => format!("{qual}() takes exactly one argument ({n} given)"),
        _ if min == max => format!("{short} expected {min} argument{}, got {n}", plural(min)),
        _ if n < min => format!(
            "{short} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        _ => format!(
            "{short} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
    }))
}

fn data(v: &Value) -> &ListData {
    payload::<ListData>(v)
}

fn items(v: &Value) -> Vec<Value> {
    data(v).0.get()
}

/// `repr` of a sequence with the recursion guard (`[...]`).
pub fn seq_repr(
    ts: &ThreadState,
    v: &Value,
    open: &str,
    close: &str,
    items: &[Value],
) -> PyResult<Value> {
    let id = v.bits();
    if ts.repr_stack.borrow().contains(&id) {
        return Ok(new_str(format!("{open}...{close}")));
    }
    ts.repr_stack.borrow_mut().push(id);
    let r = (|| {
        let mut out = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&p::repr_string(ts, x)?);
        }
        if open == "(" && items.len() == 1 {
            out.push(',');
        }
        out.push_str(close);
        Ok(new_str(out))
    })();
    ts.repr_stack.borrow_mut().retain(|x| *x != id);
    r
}

/// Lexicographic rich comparison of two item sequences.
pub fn seq_compare(ts: &ThreadState, x: &[Value], y: &[Value], op: CompareOp) -> PyResult<Value> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(Value::from_bool(op == CompareOp::Ne));
    }
    ts.enter_recursive_call(" in comparison")?;
    let r = (|| {
        for (a, b) in x.iter().zip(y) {
            if !p::eq(ts, a, b)? {
                return match op {
                    CompareOp::Eq => Ok(Value::FALSE),
                    CompareOp::Ne => Ok(Value::TRUE),
                    _ => p::richcompare(ts, a, b, op),
                };
            }
        }
        Ok(Value::from_bool(op.test(x.len().cmp(&y.len()))))
    })();
    ts.leave_recursive_call();
    r
}

fn list_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    seq_compare(ts, &x.0.get(), &y.0.get(), op)
}

fn list_getitem(ts: &ThreadState, v: &Value, k: &Value) -> PyResult<Value> {
    if let Some(sl) = k.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let cur = items(v);
        let SliceIndices {
            start, step, len, ..
        } = slice_indices(ts, sl, cur.len())?;
        let mut out = Vec::with_capacity(len);
        let mut i = start;
        for _ in 0..len {
            out.push(cur[i as usize].clone());
            i += step;
        }
        return Ok(new_list(out));
    }
    let i = p::seq_index(ts, k, "list")?;
    data(v)
        .0
        .with(|items| {
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                Some(items[j as usize].clone())
            } else {
                None
            }
        })
        .ok_or_else(|| ts.index_error("list index out of range"))
}

fn list_setitem(ts: &ThreadState, v: &Value, k: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(sl) = k.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let n = data(v).0.with(Vec::len);
        let si = slice_indices(ts, sl, n)?;
        match value {
            None => {
                let mut idx: Vec<i64> =
                    (0..si.len as i64).map(|k| si.start + k * si.step).collect();
                idx.sort_unstable();
                let removed = data(v).0.with_mut(|items| {
                    let mut out = Vec::new();
                    for j in idx.into_iter().rev() {
                        if (j as usize) < items.len() {
                            out.push(items.remove(j as usize));
                        }
                    }
                    out
                });
                drop(removed);
            }
            Some(x) => {
                let new = if x.is(v) {
                    items(v)
                } else {
                    p::collect(ts, &x).map_err(|_| ts.type_error("can only assign an iterable"))?
                };
                if si.step == 1 {
                    let start = si.start.max(0) as usize;
                    let stop = (si.stop.max(si.start)).max(0) as usize;
                    let removed = data(v).0.with_mut(|items| {
                        let stop = stop.min(items.len());
                        let start = start.min(stop);
                        items.splice(start..stop, new).collect::<Vec<_>>()
                    });
                    drop(removed);
                } else {
                    if new.len() != si.len {
                        return Err(ts.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            si.len
                        )));
                    }
                    let old = data(v).0.with_mut(|items| {
                        let mut out = Vec::new();
                        for (k, x) in new.into_iter().enumerate() {
                            let j = (si.start + k as i64 * si.step) as usize;
                            if j < items.len() {
                                out.push(std::mem::replace(&mut items[j], x));
                            }
                        }
                        out
                    });
                    drop(old);
                }
            }
        }
        return Ok(());
    }
    let i = p::seq_index(ts, k, "list")?;
    let r = data(v).0.with_mut(|items| {
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(value);
        }
        Ok(match value {
            Some(x) => std::mem::replace(&mut items[j as usize], x),
            None => items.remove(j as usize),
        })
    });
    match r {
        Ok(old) => {
            drop(old);
            Ok(())
        }
        Err(val) => {
            drop(val);
            Err(ts.index_error("list assignment index out of range"))
        }
    }
}

fn list_iter(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(crate::object::iter::new_seq_iter(
        &types().list_iterator,
        v.clone(),
    ))
}

fn repeat(ts: &ThreadState, n: &Value) -> PyResult<Option<usize>> {
    if !crate::object::int::is_int(n)
        && crate::types::type_data(crate::types::type_of(n))
            .slots()
            .index
            .is_none()
    {
        return Ok(None);
    }
    let n = p::index(ts, n)?;
    let n = num_traits::ToPrimitive::to_i64(&n)
        .ok_or_else(|| ts.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    Ok(Some(n.max(0) as usize))
}

/// `seq * x` / `x * seq` where `x` is not an integer: gives a Python-level `x` a chance
/// (its multiply slot has not run yet when the sequence is the left operand), then raises
/// CPython's TypeError.
pub fn seq_mul_non_int(
    ts: &ThreadState,
    a: &Value,
    b: &Value,
    seq_is_left: bool,
) -> PyResult<Value> {
    let other = if seq_is_left { b } else { a };
    if seq_is_left && crate::slots::is_heap_type(crate::types::type_of(b)) {
        if let Some(f) = crate::types::type_data(crate::types::type_of(b)).slots().nb[5] {
            let r = f(ts, a, b)?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    Err(ts.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        type_name(other)
    )))
}

fn list_mul(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let (l, n, left) = match (as_list(a), as_list(b)) {
        (Some(l), _) => (l, b, true),
        (None, Some(l)) => (l, a, false),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    let Some(n) = repeat(ts, n)? else {
        return seq_mul_non_int(ts, a, b, left);
    };
    let cur = l.0.get();
    if cur.len().checked_mul(n).is_none_or(|t| t > (1 << 32)) {
        return Err(ts.memory_error());
    }
    let mut out = Vec::with_capacity(cur.len() * n);
    for _ in 0..n {
        out.extend(cur.iter().cloned());
    }
    Ok(new_list(out))
}

/// `list.extend(iterable)` on a list value.
pub fn list_extend_value(ts: &ThreadState, l: &Value, it: &Value) -> PyResult<()> {
    let more = if it.is(l) {
        items(l)
    } else {
        p::collect(ts, it)?
    };
    if let Some(ld) = as_list(l) {
        ld.0.with_mut(|v| v.extend(more));
    }
    Ok(())
}

fn list_sort(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() <= k.len() {
        return Err(ts.type_error("descriptor 'sort' of 'list' object needs an argument"));
    }
    let [_, key, reverse] = parse_args(ts, "sort", a, k, ["self", "key", "reverse"], 1, 1)?;
    let l = &a[0];
    // `reverse` is an int flag (CPython converts it with `__index__`).
    let reverse = match reverse {
        Some(r) => p::index(ts, &r).map(|b| !num_traits::Zero::is_zero(&b))?,
        None => false,
    };
    // Empty the list while sorting so mutation can be detected.
    let mut cur = data(l).0.replace(Vec::new());
    if key.as_ref().is_none_or(Value::is_none) && super::sort::sort_values_fast(&mut cur, reverse) {
        // Nothing ran that could have touched the list.
        let old = data(l).0.replace(cur);
        drop(old);
        return Ok(Value::NONE);
    }
    let mut pairs = Vec::with_capacity(cur.len());
    let mut failed = None;
    for x in &cur {
        let kv = match &key {
            Some(f) if !f.is_none() => match p::call(ts, f, std::slice::from_ref(x), &[]) {
                Ok(v) => v,
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            },
            _ => x.clone(),
        };
        pairs.push((kv, x.clone()));
    }
    let result = match failed {
        Some(e) => Err(e),
        None => super::sort::sort_pairs(ts, &mut pairs, reverse),
    };
    let mutated = data(l).0.with(|v| !v.is_empty());
    let sorted: Vec<Value> = if result.is_ok() {
        pairs.into_iter().map(|(_, v)| v).collect()
    } else {
        cur.clone()
    };
    let old = data(l).0.replace(sorted);
    drop(old);
    drop(cur);
    result?;
    if mutated {
        return Err(ts.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}
