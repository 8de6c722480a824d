//! Native iterators (list/tuple/range/str/dict iterators, `enumerate`, `zip`, `map`,
//! `filter`, `reversed`, `iter(callable, sentinel)`), dict views, `mappingproxy`, and file
//! objects. A native iterator is a boxed Rust closure producing the next item; it is taken
//! out of its cell while it runs so re-entrant calls see it as running, never aliased.
//! See docs/design/object-model.md.

use crate::object::{alloc, ObjRef, PyCell};
use crate::thread_state::ThreadState;
use crate::value::Value;
use crate::PyResult;

/// The step function of a native iterator: `Ok(None)` when exhausted.
pub type IterFn = Box<dyn FnMut(&ThreadState) -> PyResult<Option<Value>>>;

/// Payload of a native iterator.
pub struct NativeIterData {
    /// The step function; `None` while running or after exhaustion.
    pub step: PyCell<Option<IterFn>>,
    /// Set once exhausted (iterators stay exhausted).
    pub done: PyCell<bool>,
    /// Estimated remaining length (`__length_hint__`), when cheap to know.
    #[allow(dead_code)]
    pub length_hint: Option<fn(&ThreadState) -> usize>,
}

/// Makes a native iterator of type `ty`.
pub fn new_native_iter(ty: &ObjRef, step: IterFn) -> Value {
    alloc(
        ty,
        NativeIterData {
            step: PyCell::new(Some(step)),
            done: PyCell::new(false),
            length_hint: None,
        },
    )
    .into_value()
}

/// Advances a native iterator.
pub fn native_iter_next(ts: &ThreadState, data: &NativeIterData) -> PyResult<Option<Value>> {
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
