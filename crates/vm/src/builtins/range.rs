//! `range`: lazy arithmetic sequences with int (or big int) bounds. Iteration over small
//! bounds never allocates. See docs/design/object-model.md.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::classes::{payload, set_slots};
use crate::call::check_args;
use crate::object::alloc;
use crate::object::containers::new_tuple;
use crate::object::int::{as_bigint, as_i64, int_from_bigint, int_from_i64};
use crate::object::misc::{RangeData, SliceData};
use crate::object::str::new_str;
use crate::object::typeobj::CompareOp;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, types};
use crate::value::Value;
use crate::PyResult;

fn parts(v: &Value) -> (BigInt, BigInt, BigInt) {
    let r = payload::<RangeData>(v);
    (
        as_bigint(&r.start).unwrap_or_default(),
        as_bigint(&r.stop).unwrap_or_default(),
        as_bigint(&r.step).unwrap_or_default(),
    )
}

fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if stop > start {
            (stop - start - 1u8).div_floor(step) + 1u8
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u8).div_floor(&-step) + 1u8
    } else {
        BigInt::zero()
    }
}

/// Installs the range type.
pub fn init() {
    let t = types();
    set_slots(&t.range, |s| {
        s.new = Some(|ts, _, a, k| {
            check_args(ts, "range", a, k, 1, 3)?;
            let idx = |v: &Value| -> PyResult<Value> { Ok(int_from_bigint(p::index(ts, v)?)) };
            let (start, stop, step) = match a.len() {
                1 => (int_from_i64(0), idx(&a[0])?, int_from_i64(1)),
                2 => (idx(&a[0])?, idx(&a[1])?, int_from_i64(1)),
                _ => (idx(&a[0])?, idx(&a[1])?, idx(&a[2])?),
            };
            if as_bigint(&step).is_some_and(|s| s.is_zero()) {
                return Err(ts.value_error("range() arg 3 must not be zero"));
            }
            Ok(alloc(&types().range, RangeData { start, stop, step }).into_value())
        });
        s.repr = Some(|ts, v| {
            let r = payload::<RangeData>(v);
            let step_one = as_i64(&r.step) == Some(1);
            Ok(new_str(if step_one {
                format!(
                    "range({}, {})",
                    p::repr_string(ts, &r.start)?,
                    p::repr_string(ts, &r.stop)?
                )
            } else {
                format!(
                    "range({}, {}, {})",
                    p::repr_string(ts, &r.start)?,
                    p::repr_string(ts, &r.stop)?,
                    p::repr_string(ts, &r.step)?
                )
            }))
        });
        s.len = Some(|ts, v| {
            let (a, b, c) = parts(v);
            length(&a, &b, &c)
                .to_isize()
                .map(|n| n as usize)
                .ok_or_else(|| ts.overflow_error("Python int too large to convert to C ssize_t"))
        });
        s.bool = Some(|_, v| {
            let (a, b, c) = parts(v);
            Ok(!length(&a, &b, &c).is_zero())
        });
        s.getitem = Some(range_getitem);
        s.contains = Some(|ts, v, x| {
            if let Some(xb) = as_bigint(x) {
                let (a, b, c) = parts(v);
                let inside = if c.is_positive() {
                    xb >= a && xb < b
                } else {
                    xb <= a && xb > b
                };
                return Ok(inside && (&xb - &a).mod_floor(&c.abs()).is_zero());
            }
            let it = p::get_iter(ts, v)?;
            while let Some(y) = p::next(ts, &it)? {
                if p::eq(ts, &y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
        s.iter = Some(|_, v| Ok(range_iter(v, false)));
        s.hash = Some(|ts, v| {
            let (a, b, c) = parts(v);
            let n = length(&a, &b, &c);
            let t = if n.is_zero() {
                new_tuple(vec![int_from_i64(0), Value::NONE, Value::NONE])
            } else if n == BigInt::from(1) {
                new_tuple(vec![int_from_i64(1), int_from_bigint(a), Value::NONE])
            } else {
                new_tuple(vec![
                    int_from_bigint(n),
                    int_from_bigint(a),
                    int_from_bigint(c),
                ])
            };
            p::hash(ts, &t)
        });
        s.richcompare = Some(|_, x, y, op| {
            if !matches!(op, CompareOp::Eq | CompareOp::Ne)
                || !y.as_obj().is_some_and(|o| o.is::<RangeData>())
            {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let (a1, b1, c1) = parts(x);
            let (a2, b2, c2) = parts(y);
            let n1 = length(&a1, &b1, &c1);
            let n2 = length(&a2, &b2, &c2);
            let eq =
                n1 == n2 && (n1.is_zero() || (a1 == a2 && (n1 == BigInt::from(1) || c1 == c2)));
            Ok(Value::from_bool(if op == CompareOp::Eq { eq } else { !eq }))
        });
    });
    add_getsets(
        &t.range,
        &[
            (
                "start",
                |_, v| Ok(payload::<RangeData>(v).start.clone()),
                None,
            ),
            (
                "stop",
                |_, v| Ok(payload::<RangeData>(v).stop.clone()),
                None,
            ),
            (
                "step",
                |_, v| Ok(payload::<RangeData>(v).step.clone()),
                None,
            ),
        ],
    );
    add_methods(
        &t.range,
        &[
            ("index", |ts, a, k| {
                check_args(ts, "index", a, k, 2, 2)?;
                let (s, e, st) = parts(&a[0]);
                if let Some(x) = as_bigint(&a[1]) {
                    let inside = if st.is_positive() {
                        x >= s && x < e
                    } else {
                        x <= s && x > e
                    };
                    if inside && (&x - &s).mod_floor(&st.abs()).is_zero() {
                        return Ok(int_from_bigint((&x - &s) / &st));
                    }
                }
                Err(ts.value_error(format!("{} is not in range", p::repr_string(ts, &a[1])?)))
            }),
            ("count", |ts, a, k| {
                check_args(ts, "count", a, k, 2, 2)?;
                let c = crate::types::type_data(&types().range)
                    .slots()
                    .contains
                    .map_or(Ok(false), |f| f(ts, &a[0], &a[1]))?;
                Ok(int_from_i64(i64::from(c)))
            }),
            ("__reversed__", |_, a, _| Ok(range_iter(&a[0], true))),
            ("__len__", |ts, a, _| {
                Ok(int_from_i64(p::len(ts, &a[0])? as i64))
            }),
        ],
    );
}

/// `slice.indices(length)` in big integers (a range's length need not fit a machine word).
fn big_slice_indices(
    ts: &ThreadState,
    sl: &SliceData,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let idx = |v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        p::index(ts, v).map(Some).map_err(|_| {
            ts.type_error("slice indices must be integers or None or have an __index__ method")
        })
    };
    let step = idx(&sl.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(ts.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (-BigInt::one(), length - 1u8)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(i) => {
                let i = if i.is_negative() { i + length } else { i };
                if i < lower {
                    lower.clone()
                } else if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let neg = step.is_negative();
    let start = clamp(idx(&sl.start)?, if neg { &upper } else { &lower });
    let stop = clamp(idx(&sl.stop)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

fn range_getitem(ts: &ThreadState, v: &Value, k: &Value) -> PyResult<Value> {
    let (a, b, c) = parts(v);
    let n = length(&a, &b, &c);
    if let Some(sl) = k.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let (si_start, si_stop, si_step) = big_slice_indices(ts, sl, &n)?;
        let start = &a + &c * si_start;
        let step = &c * si_step;
        let stop = &a + &c * si_stop;
        return Ok(alloc(
            &types().range,
            RangeData {
                start: int_from_bigint(start),
                stop: int_from_bigint(stop),
                step: int_from_bigint(step),
            },
        )
        .into_value());
    }
    let i = p::index(ts, k).map_err(|_| {
        ts.type_error(format!(
            "range indices must be integers or slices, not {}",
            p::type_name(k)
        ))
    })?;
    let j = if i.is_negative() { &i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(ts.index_error("range object index out of range"));
    }
    Ok(int_from_bigint(a + c * j))
}

fn range_iter(v: &Value, reverse: bool) -> Value {
    let (a, b, c) = parts(v);
    let n = length(&a, &b, &c);
    let (start, step) = if reverse {
        (&a + &c * (&n - 1u8), -&c)
    } else {
        (a, c)
    };
    let ty = if reverse {
        &types().reversed
    } else {
        &types().range_iterator
    };
    if let (Some(s), Some(st), Some(n)) = (start.to_i64(), step.to_i64(), n.to_i64()) {
        // Every value fits in an i64 when the last one does.
        let last = st
            .checked_mul(n.saturating_sub(1))
            .and_then(|d| s.checked_add(d));
        if last.is_some() {
            return crate::object::iter::new_range_iter(ty, s, st, n);
        }
    }
    let mut cur = start;
    let mut left = n;
    crate::object::iter::new_native_iter(
        ty,
        Box::new(move |_| {
            if !left.is_positive() {
                return Ok(None);
            }
            let r = int_from_bigint(cur.clone());
            cur += &step;
            left -= 1u8;
            Ok(Some(r))
        }),
    )
}
