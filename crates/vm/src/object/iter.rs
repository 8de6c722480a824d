//! Native iterators (list/tuple/range/str/dict iterators, `enumerate`, `zip`, `map`,
//! `filter`, `reversed`, `iter(callable, sentinel)`), dict views, `mappingproxy`, and file
//! objects. A native iterator is a boxed Rust closure producing the next item; it is taken
//! out of its cell while it runs so re-entrant calls see it as running, never aliased.
//! See docs/design/object-model.md.

use std::cell::Cell;

use crate::object::containers::{as_list, as_tuple};
use crate::object::int::int_from_i64;
use crate::object::{alloc, ObjRef, PyCell};
use crate::thread_state::ThreadState;
use crate::value::Value;
use crate::PyResult;

/// The step function of a native iterator: `Ok(None)` when exhausted.
pub type IterFn = Box<dyn FnMut(&ThreadState) -> PyResult<Option<Value>>>;

/// Payload of a native iterator.
pub struct NativeIterData {
    /// The step function; `None` while running or after exhaustion (unused by the fast
    /// kinds).
    pub step: PyCell<Option<IterFn>>,
    /// Set once exhausted (iterators stay exhausted).
    pub done: PyCell<bool>,
    /// Estimated remaining length (`__length_hint__`), when cheap to know.
    pub length_hint: Option<Box<dyn Fn() -> usize>>,
    /// Iterators whose state is plain data, so that FOR_ITER can advance them without a
    /// call (CPython's `FOR_ITER_RANGE`, `FOR_ITER_LIST`, `FOR_ITER_TUPLE`).
    pub fast: FastIter,
}

/// The state of an iterator that FOR_ITER advances inline.
pub enum FastIter {
    /// Not one of these: `step` runs.
    None,
    /// A range whose values are all small ints: the next value, the step, how many remain.
    Range {
        /// The next value.
        next: Cell<i64>,
        /// The step.
        step: i64,
        /// Values left.
        left: Cell<i64>,
    },
    /// A list or tuple and the next index; the sequence is released at exhaustion.
    Seq {
        /// The list or tuple (NULL once exhausted).
        seq: PyCell<Value>,
        /// The next index.
        index: Cell<usize>,
    },
}

/// Makes a native iterator of type `ty`.
pub fn new_native_iter(ty: &ObjRef, step: IterFn) -> Value {
    alloc(
        ty,
        NativeIterData {
            step: PyCell::new(Some(step)),
            done: PyCell::new(false),
            length_hint: None,
            fast: FastIter::None,
        },
    )
    .into_value()
}

/// [`new_native_iter`] with a `__length_hint__` estimate.
pub fn new_native_iter_with_hint(ty: &ObjRef, step: IterFn, hint: Box<dyn Fn() -> usize>) -> Value {
    alloc(
        ty,
        NativeIterData {
            step: PyCell::new(Some(step)),
            done: PyCell::new(false),
            length_hint: Some(hint),
            fast: FastIter::None,
        },
    )
    .into_value()
}

/// Makes an iterator of type `ty` over `left` small ints from `start` by `step`.
pub fn new_range_iter(ty: &ObjRef, start: i64, step: i64, left: i64) -> Value {
    new_fast_iter(
        ty,
        FastIter::Range {
            next: Cell::new(start),
            step,
            left: Cell::new(left),
        },
    )
}

/// Makes an iterator of type `ty` over a list or tuple.
pub fn new_seq_iter(ty: &ObjRef, seq: Value) -> Value {
    new_fast_iter(
        ty,
        FastIter::Seq {
            seq: PyCell::new(seq),
            index: Cell::new(0),
        },
    )
}

fn new_fast_iter(ty: &ObjRef, fast: FastIter) -> Value {
    alloc(
        ty,
        NativeIterData {
            step: PyCell::new(None),
            done: PyCell::new(false),
            length_hint: None,
            fast,
        },
    )
    .into_value()
}

/// Advances a fast iterator: `None` if `data` is not one, else its next item (`Some(None)`
/// when exhausted). Runs no Python code.
#[inline(always)]
pub fn fast_next(data: &NativeIterData) -> Option<Option<Value>> {
    match &data.fast {
        FastIter::None => None,
        FastIter::Range { next, step, left } => {
            let n = left.get();
            if n <= 0 {
                return Some(None);
            }
            left.set(n - 1);
            let v = next.get();
            next.set(v.wrapping_add(*step));
            Some(Some(int_from_i64(v)))
        }
        FastIter::Seq { seq, index } => {
            let i = index.get();
            let item = seq.with(|s| {
                if let Some(l) = as_list(s) {
                    l.0.with(|v| v.get(i).cloned())
                } else {
                    as_tuple(s).and_then(|t| t.get(i).cloned())
                }
            });
            match item {
                Some(v) => {
                    index.set(i + 1);
                    Some(Some(v))
                }
                None => {
                    let old = seq.replace(Value::NULL);
                    drop(old);
                    Some(None)
                }
            }
        }
    }
}

/// Advances a native iterator.
pub fn native_iter_next(ts: &ThreadState, data: &NativeIterData) -> PyResult<Option<Value>> {
    if let Some(r) = fast_next(data) {
        return Ok(r);
    }
    if data.done.get() {
        return Ok(None);
    }
    let Some(mut step) = data.step.replace(None) else {
        return Err(ts.value_error("generator already executing"));
    };
    let r = step(ts);
    match &r {
        Ok(Some(_)) => {
            let old = data.step.replace(Some(step));
            drop(old);
        }
        Ok(None) => {
            data.done.with_mut(|d| *d = true);
            drop(step);
        }
        Err(_) => {
            let old = data.step.replace(Some(step));
            drop(old);
        }
    }
    r
}

/// Which view of a dict.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    /// `dict.keys()`.
    Keys,
    /// `dict.values()`.
    Values,
    /// `dict.items()`.
    Items,
}

/// Payload of `dict_keys` / `dict_values` / `dict_items`.
pub struct DictViewData {
    /// The dict.
    pub dict: Value,
    /// Which view.
    pub kind: ViewKind,
}

/// Payload of `mappingproxy` (a read-only view of a type's dict).
pub struct MappingProxyData {
    /// The mapping.
    pub mapping: Value,
}

/// Payload of a file object returned by `open()`.
pub struct FileData {
    /// The open file; `None` after close.
    pub file: PyCell<Option<std::fs::File>>,
    /// Bytes read ahead but not consumed.
    pub buffer: PyCell<Vec<u8>>,
    /// Bytes written but not flushed.
    pub wbuffer: PyCell<Vec<u8>>,
    /// Text mode (`str` I/O) or binary.
    pub text: bool,
    /// `name`.
    pub name: Value,
    /// `mode`.
    pub mode: String,
    /// Standard stream number (0, 1, 2) for stdin/stdout/stderr wrappers.
    pub std_fd: Option<i32>,
    /// Reached end of file on the last read.
    pub eof: PyCell<bool>,
    /// Line buffering (flush on newline), as for interactive stdout.
    pub line_buffering: bool,
}
