//! `slice` objects and index normalisation (`slice.indices`). See
//! docs/design/object-model.md.

use crate::builtins::classes::{payload, set_slots};
use crate::object::alloc;
use crate::object::containers::new_tuple;
use crate::object::int::int_from_i64;
use crate::object::misc::SliceData;
use crate::object::str::new_str;
use crate::object::typeobj::CompareOp;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, types};
use crate::value::Value;
use crate::PyResult;

/// A new slice object.
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc(&types().slice, SliceData { start, stop, step }).into_value()
}

/// Normalised slice bounds for a sequence of length `len`.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index.
    pub stop: i64,
    /// Step (never zero).
    pub step: i64,
    /// Number of selected items.
    pub len: usize,
}

/// CPython's `PySlice_GetIndicesEx`.
pub fn slice_indices(ts: &ThreadState, s: &SliceData, len: usize) -> PyResult<SliceIndices> {
    let n = len as i64;
    let get = |v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(i) = crate::object::int::as_i64(v) {
            return Ok(Some(i));
        }
        match p::index(ts, v) {
            Ok(b) => Ok(Some(num_traits::ToPrimitive::to_i64(&b).unwrap_or(
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                },
            ))),
            Err(_) => Err(
                ts.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(ts.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + n).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(get(&s.start)?, if step < 0 { upper } else { lower });
    let stop = clamp(get(&s.stop)?, if step < 0 { lower } else { upper });
    let len = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len,
    })
}

/// Installs the slice type.
pub fn init() {
    let t = types();
    set_slots(&t.slice, |s| {
        s.repr = Some(|ts, v| {
            let d = payload::<SliceData>(v);
            Ok(new_str(format!(
                "slice({}, {}, {})",
                p::repr_string(ts, &d.start)?,
                p::repr_string(ts, &d.stop)?,
                p::repr_string(ts, &d.step)?
            )))
        });
        s.richcompare = Some(|ts, a, b, op| {
            let (Some(x), Some(y)) = (
                a.as_obj().and_then(|o| o.downcast::<SliceData>()),
                b.as_obj().and_then(|o| o.downcast::<SliceData>()),
            ) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let tx = new_tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
            let ty = new_tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
            p::richcompare(ts, &tx, &ty, op)
        });
        s.new = Some(|ts, _, a, k| {
            crate::call::check_args(ts, "slice", a, k, 1, 3)?;
            Ok(match a.len() {
                1 => new_slice(Value::NONE, a[0].clone(), Value::NONE),
                2 => new_slice(a[0].clone(), a[1].clone(), Value::NONE),
                _ => new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
            })
        });
    });
    let _ = CompareOp::Eq;
    // Slices are unhashable in 3.11.
    crate::types::dict_set_str(
        &crate::types::type_data(&t.slice).dict,
        "__hash__",
        Value::NONE,
    );
    add_getsets(
        &t.slice,
        &[
            (
                "start",
                |_, v| Ok(payload::<SliceData>(v).start.clone()),
                None,
            ),
            (
                "stop",
                |_, v| Ok(payload::<SliceData>(v).stop.clone()),
                None,
            ),
            (
                "step",
                |_, v| Ok(payload::<SliceData>(v).step.clone()),
                None,
            ),
        ],
    );
    add_methods(
        &t.slice,
        &[("indices", |ts, a, _| {
            if a.len() != 2 {
                return Err(ts.type_error(format!(
                    "slice.indices() takes exactly one argument ({} given)",
                    a.len().saturating_sub(1)
                )));
            }
            let n = p::index_i64(ts, &a[1])?;
            if n < 0 {
                return Err(ts.value_error("length should not be negative"));
            }
            let sl = payload::<SliceData>(&a[0]);
            let r = slice_indices(ts, sl, n as usize)?;
            // The step comes back exactly (it may not fit a machine word).
            let step = if sl.step.is_none() {
                int_from_i64(r.step)
            } else {
                crate::object::int::int_from_bigint(p::index(ts, &sl.step)?)
            };
            Ok(new_tuple(vec![
                int_from_i64(r.start),
                int_from_i64(r.stop),
                step,
            ]))
        })],
    );
}
