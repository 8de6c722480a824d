//! `tuple`: slots and methods; hashing follows CPython's xxHash-based tuple hash. See
//! docs/design/object-model.md.

use crate::builtins::classes::set_slots;
use crate::builtins::list::{seq_compare, seq_repr};
use crate::builtins::slice::{slice_indices, SliceIndices};
use crate::call::check_args;
use crate::object::alloc;
use crate::object::containers::{as_tuple, new_tuple, TupleData};
use crate::object::int::int_from_i64;
use crate::object::misc::SliceData;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the tuple type.
pub fn init() {
    let t = types();
    set_slots(&t.tuple, |s| {
        s.repr = Some(|ts, v| seq_repr(ts, v, "(", ")", items(v)));
        s.hash = Some(tuple_hash);
        s.richcompare = Some(|ts, a, b, op| {
            let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            seq_compare(ts, x, y, op)
        });
        s.len = Some(|_, v| Ok(items(v).len()));
        s.getitem = Some(tuple_getitem);
        s.contains = Some(|ts, v, x| {
            for it in items(v) {
                if p::eq(ts, it, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
        s.iter = Some(|_, v| {
            Ok(crate::object::iter::new_seq_iter(
                &types().tuple_iterator,
                v.clone(),
            ))
        });
        s.nb[0] = Some(|_, a, b| {
            let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(new_tuple(v))
        });
        s.nb[5] = Some(|ts, a, b| {
            let (x, n, left) = match (as_tuple(a), as_tuple(b)) {
                (Some(x), _) => (x, b, true),
                (None, Some(x)) => (x, a, false),
                _ => return Ok(Value::NOT_IMPLEMENTED),
            };
            if !crate::object::int::is_int(n)
                && crate::types::type_data(crate::types::type_of(n))
                    .slots()
                    .index
                    .is_none()
            {
                return crate::builtins::list::seq_mul_non_int(ts, a, b, left);
            }
            let n = p::index_i64(ts, n)?.max(0) as usize;
            if x.len().checked_mul(n).is_none_or(|t| t > (1 << 32)) {
                return Err(ts.memory_error());
            }
            let mut out = Vec::with_capacity(x.len() * n);
            for _ in 0..n {
                out.extend(x.iter().cloned());
            }
            Ok(new_tuple(out))
        });
        s.new = Some(|ts, ty, a, k| {
            check_args(ts, "tuple", a, k, 0, 1)?;
            if let Some(x) = a.first() {
                // tuple(t) is t for an exact tuple, as in CPython.
                if ty.is_same(&types().tuple)
                    && x.as_obj().is_some_and(|o| {
                        o.type_obj().data.self_bits.get() == types().tuple.as_value().bits()
                    })
                {
                    return Ok(x.clone());
                }
            }
            let items = match a.first() {
                Some(x) => p::collect(ts, x)?,
                None => Vec::new(),
            };
            if ty.is_same(&types().tuple) {
                return Ok(new_tuple(items));
            }
            Ok(alloc(ty, TupleData(items.into_boxed_slice())).into_value())
        });
    });
    add_methods(
        &t.tuple,
        &[
            ("index", |ts, a, k| {
                crate::builtins::list::meth_args(ts, "tuple.index", a, k, 1, 3)?;
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
                Err(ts.value_error("tuple.index(x): x not in tuple"))
            }),
            ("count", |ts, a, k| {
                crate::builtins::list::meth_args(ts, "tuple.count", a, k, 1, 1)?;
                let mut n = 0;
                for x in items(&a[0]) {
                    if p::eq(ts, x, &a[1])? {
                        n += 1;
                    }
                }
                Ok(int_from_i64(n))
            }),
            ("__getnewargs__", |_, a, _| {
                Ok(new_tuple(vec![new_tuple(items(&a[0]).to_vec())]))
            }),
            ("__len__", |_, a, _| {
                Ok(int_from_i64(items(&a[0]).len() as i64))
            }),
            ("__getitem__", |ts, a, k| {
                crate::builtins::list::meth_args(ts, "tuple.__getitem__", a, k, 1, 1)?;
                tuple_getitem(ts, &a[0], &a[1])
            }),
            ("__hash__", |ts, a, _| {
                Ok(int_from_i64(tuple_hash(ts, &a[0])?))
            }),
        ],
    );
}

fn items(v: &Value) -> &[Value] {
    as_tuple(v).unwrap_or(&[])
}

fn tuple_getitem(ts: &ThreadState, v: &Value, k: &Value) -> PyResult<Value> {
    let it = items(v);
    if let Some(sl) = k.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let SliceIndices {
            start, step, len, ..
        } = slice_indices(ts, sl, it.len())?;
        let mut out = Vec::with_capacity(len);
        let mut i = start;
        for _ in 0..len {
            out.push(it[i as usize].clone());
            i += step;
        }
        return Ok(new_tuple(out));
    }
    let i = p::seq_index(ts, k, "tuple")?;
    let n = it.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(ts.index_error("tuple index out of range"));
    }
    Ok(it[j as usize].clone())
}

/// CPython's tuple hash (xxHash-style accumulation over item hashes).
pub fn tuple_hash(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let it = items(v);
    let mut acc: u64 = P5;
    for x in it {
        let h = p::hash(ts, x)? as u64;
        acc = acc.wrapping_add(h.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((it.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(acc as i64)
}
