//! `memoryview`: one-dimensional views of the bytes of a `bytes` or `bytearray` object, with
//! indexing, slicing (any step), item assignment into writable views, `cast` between the
//! single-byte formats (`B`, `b`, `c`), `tobytes`/`tolist`/`hex`, `release` and the context
//! manager protocol. Views hold a reference to the exporter and read its current contents.
//! A byte view can be cast to a multi-byte integer format (`H`, `I`, `L`, `Q` and signed
//! forms) for `len`/`tolist`/`itemsize` (what `re._compiler` needs); indexing such views and
//! multi-dimensional shapes are not supported yet. See
//! docs/design/object-model.md.

use std::cell::Cell;

use crate::builtins::classes::{payload, set_slots};
use crate::builtins::slice::slice_indices;
use crate::call::parse_args;
use crate::object::containers::{as_bytes, new_bytes, new_list, new_tuple, ByteArrayData};
use crate::object::int::{as_i64, int_from_i64};
use crate::object::misc::SliceData;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Payload of a memoryview.
pub struct MemoryViewData {
    /// The exporter: a bytes or bytearray object.
    pub obj: Value,
    /// Offset of the first item in the exporter's bytes.
    start: usize,
    /// Distance between items, in bytes (negative for reversed slices).
    step: isize,
    /// Number of items.
    len: usize,
    /// The struct format of the items: `B`, `b` or `c`.
    format: u8,
    /// Set by `release()`.
    released: Cell<bool>,
}

/// The size in bytes of one item of a struct format code.
fn itemsize_of(format: u8) -> usize {
    match format {
        b'H' | b'h' => 2,
        b'I' | b'i' => 4,
        b'L' | b'l' | b'Q' | b'q' => 8,
        _ => 1,
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        self.release_export();
    }
}

impl MemoryViewData {
    /// Marks the view released, giving back its export of a bytearray (once).
    fn release_export(&self) {
        if self.released.replace(true) {
            return;
        }
        if let Some(ba) = self
            .obj
            .as_obj()
            .and_then(|o| o.downcast::<ByteArrayData>())
        {
            ba.1.set(ba.1.get().saturating_sub(1));
        }
    }

    fn itemsize(&self) -> usize {
        itemsize_of(self.format)
    }

    /// The number of items (`len` counts bytes for multi-byte formats).
    fn items(&self) -> usize {
        self.len / self.itemsize()
    }

    /// The items as integers (multi-byte formats are read in native byte order).
    fn item_values(&self) -> Vec<Value> {
        let bytes = self.to_vec();
        let size = self.itemsize();
        if size == 1 {
            return bytes.into_iter().map(|b| self.item(b)).collect();
        }
        let signed = self.format.is_ascii_lowercase();
        bytes
            .chunks_exact(size)
            .map(|c| {
                let mut buf = [0u8; 8];
                buf[..size].copy_from_slice(c);
                let raw = u64::from_ne_bytes(buf);
                let v = if signed {
                    let shift = 64 - 8 * size as u32;
                    ((raw << shift) as i64) >> shift
                } else {
                    raw as i64
                };
                if !signed && size == 8 {
                    crate::object::int::int_from_bigint(raw.into())
                } else {
                    int_from_i64(v)
                }
            })
            .collect()
    }

    fn readonly(&self) -> bool {
        as_bytes(&self.obj).is_some()
    }

    /// The byte offsets of the items, in order.
    fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start as isize + i as isize * self.step) as usize)
    }

    /// Reads the exporter's bytes (a copy, taken without running Python code).
    fn with_buffer<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        if let Some(b) = as_bytes(&self.obj) {
            return f(b);
        }
        match self
            .obj
            .as_obj()
            .and_then(|o| o.downcast::<ByteArrayData>())
        {
            Some(ba) => ba.0.with(|v| f(v)),
            None => f(&[]),
        }
    }

    /// The viewed bytes.
    pub fn to_vec(&self) -> Vec<u8> {
        self.with_buffer(|b| {
            self.offsets()
                .map(|o| b.get(o).copied().unwrap_or(0))
                .collect()
        })
    }

    fn item(&self, byte: u8) -> Value {
        match self.format {
            b'b' => int_from_i64(i64::from(byte as i8)),
            b'c' => new_bytes(vec![byte]),
            _ => int_from_i64(i64::from(byte)),
        }
    }
}

fn view(v: &Value) -> &MemoryViewData {
    payload::<MemoryViewData>(v)
}

fn released_error(ts: &ThreadState) -> PyErr {
    ts.value_error("operation forbidden on released memoryview object")
}

/// The view, unless released.
fn live<'a>(ts: &ThreadState, v: &'a Value) -> PyResult<&'a MemoryViewData> {
    let d = view(v);
    if d.released.get() {
        return Err(released_error(ts));
    }
    Ok(d)
}

/// The bytes of a memoryview value, if `v` is one (for `bytes_like`).
pub fn memoryview_bytes(v: &Value) -> Option<Vec<u8>> {
    let d = v.as_obj()?.downcast::<MemoryViewData>()?;
    (!d.released.get()).then(|| d.to_vec())
}

fn new_view(obj: Value, start: usize, step: isize, len: usize, format: u8) -> Value {
    // A view over a bytearray pins its size until released (see `release_export`).
    if let Some(ba) = obj.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
        ba.1.set(ba.1.get() + 1);
    }
    alloc(
        &types().memoryview,
        MemoryViewData {
            obj,
            start,
            step,
            len,
            format,
            released: Cell::new(false),
        },
    )
    .into_value()
}

fn memoryview_new(ts: &ThreadState, _: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.is_empty() {
        return Err(ts.type_error("memoryview() missing required argument 'object' (pos 1)"));
    }
    let [obj] = parse_args(ts, "memoryview", a, k, ["object"], 1, 1)?;
    let obj = obj.unwrap_or(Value::NONE);
    if let Some(d) = obj.as_obj().and_then(|o| o.downcast::<MemoryViewData>()) {
        if d.released.get() {
            return Err(released_error(ts));
        }
        return Ok(new_view(d.obj.clone(), d.start, d.step, d.len, d.format));
    }
    if let Some(b) = as_bytes(&obj) {
        let n = b.len();
        return Ok(new_view(obj, 0, 1, n, b'B'));
    }
    if let Some(ba) = obj.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
        let n = ba.0.with(Vec::len);
        return Ok(new_view(obj, 0, 1, n, b'B'));
    }
    Err(ts.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_name(&obj)
    )))
}

fn multibyte(ts: &ThreadState) -> PyErr {
    ts.not_implemented_error("memoryview: indexing multi-byte formats is not supported")
}

fn memoryview_getitem(ts: &ThreadState, v: &Value, key: &Value) -> PyResult<Value> {
    let d = live(ts, v)?;
    if d.itemsize() != 1 {
        return Err(multibyte(ts));
    }
    if let Some(s) = key.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let ix = slice_indices(ts, s, d.len)?;
        let start = (d.start as isize + ix.start as isize * d.step).max(0) as usize;
        let step = d.step * ix.step as isize;
        return Ok(new_view(d.obj.clone(), start, step, ix.len, d.format));
    }
    let off = item_offset(ts, d, key)?;
    Ok(d.item(d.with_buffer(|b| b.get(off).copied().unwrap_or(0))))
}

/// The byte offset of the item at integer index `key`.
fn item_offset(ts: &ThreadState, d: &MemoryViewData, key: &Value) -> PyResult<usize> {
    let i = p::index_i64(ts, key).map_err(|_| ts.type_error("memoryview: invalid slice key"))?;
    let n = d.len as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(ts.index_error("index out of bounds on dimension 1"));
    }
    Ok((d.start as isize + j as isize * d.step) as usize)
}

fn byte_of(ts: &ThreadState, d: &MemoryViewData, x: &Value) -> PyResult<u8> {
    if d.format == b'c' {
        return match as_bytes(x) {
            Some([b]) => Ok(*b),
            _ => Err(ts.value_error("memoryview: invalid value for format 'c'")),
        };
    }
    let Some(n) = as_i64(x) else {
        return Err(ts.type_error(format!(
            "memoryview: invalid type for format '{}'",
            d.format as char
        )));
    };
    let ok = if d.format == b'b' {
        (-128..128).contains(&n)
    } else {
        (0..256).contains(&n)
    };
    if !ok {
        return Err(ts.value_error(format!(
            "memoryview: invalid value for format '{}'",
            d.format as char
        )));
    }
    Ok(n as u8)
}

fn memoryview_setitem(ts: &ThreadState, v: &Value, key: &Value, x: Option<Value>) -> PyResult<()> {
    let d = live(ts, v)?;
    if d.itemsize() != 1 {
        return Err(multibyte(ts));
    }
    if d.readonly() {
        return Err(ts.type_error("cannot modify read-only memory"));
    }
    let Some(x) = x else {
        return Err(ts.type_error("cannot delete memory"));
    };
    let Some(ba) = d.obj.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) else {
        return Err(ts.type_error("cannot modify read-only memory"));
    };
    let writes: Vec<(usize, u8)> =
        if let Some(s) = key.as_obj().and_then(|o| o.downcast::<SliceData>()) {
            let ix = slice_indices(ts, s, d.len)?;
            let src = crate::builtins::str::bytes_like(ts, &x)?;
            if src.len() != ix.len {
                return Err(ts.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            (0..ix.len)
                .map(|k| {
                    let item = ix.start as isize + k as isize * ix.step as isize;
                    ((d.start as isize + item * d.step) as usize, src[k])
                })
                .collect()
        } else {
            vec![(item_offset(ts, d, key)?, byte_of(ts, d, &x)?)]
        };
    ba.0.with_mut(|buf| {
        for (off, b) in writes {
            if let Some(slot) = buf.get_mut(off) {
                *slot = b;
            }
        }
    });
    Ok(())
}

fn memoryview_richcompare(
    ts: &ThreadState,
    a: &Value,
    b: &Value,
    op: CompareOp,
) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let da = view(a);
    let other = if let Some(db) = b.as_obj().and_then(|o| o.downcast::<MemoryViewData>()) {
        if da.released.get() || db.released.get() {
            let same = a.is(b);
            return Ok(Value::from_bool(same == (op == CompareOp::Eq)));
        }
        db.to_vec()
    } else {
        match crate::builtins::str::bytes_like(ts, b) {
            Ok(x) => x,
            Err(_) => return Ok(Value::NOT_IMPLEMENTED),
        }
    };
    if da.released.get() {
        return Ok(Value::from_bool(op == CompareOp::Ne));
    }
    Ok(Value::from_bool(
        (da.to_vec() == other) == (op == CompareOp::Eq),
    ))
}

fn cast(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, format, shape] = parse_args(ts, "cast", a, k, ["self", "format", "shape"], 2, 3)?;
    let d = live(ts, &a[0])?;
    if shape.is_some_and(|s| !s.is_none()) {
        return Err(ts.not_implemented_error("memoryview: casts to other shapes are not supported"));
    }
    let f = format.as_ref().and_then(as_str).unwrap_or("");
    let f = f.strip_prefix('@').unwrap_or(f);
    let code = match f {
        "B" | "b" | "c" | "H" | "h" | "I" | "i" | "L" | "l" | "Q" | "q" => f.as_bytes()[0],
        _ => {
            return Err(ts.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if d.step != 1 {
        return Err(ts.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if d.itemsize() != 1 && itemsize_of(code) != 1 {
        return Err(ts.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if d.len % itemsize_of(code) != 0 {
        return Err(ts.type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(new_view(d.obj.clone(), d.start, 1, d.len, code))
}

/// Installs the memoryview type.
pub fn init() {
    let t = types();
    set_slots(&t.memoryview, |s| {
        s.new = Some(memoryview_new);
        s.len = Some(|ts, v| Ok(live(ts, v)?.items()));
        s.getitem = Some(memoryview_getitem);
        s.setitem = Some(memoryview_setitem);
        s.richcompare = Some(memoryview_richcompare);
        s.hash = Some(|ts, v| {
            let d = live(ts, v)?;
            if !d.readonly() {
                return Err(ts.value_error("cannot hash writable memoryview object"));
            }
            Ok(crate::object::str::hash_bytes(&d.to_vec()))
        });
        s.repr = Some(|_, v| {
            let addr = v.as_obj().map_or(0, |o| o.as_ptr() as usize);
            Ok(new_str(if view(v).released.get() {
                format!("<released memory at {addr:#x}>")
            } else {
                format!("<memory at {addr:#x}>")
            }))
        });
    });
    add_methods(
        &t.memoryview,
        &[
            ("tobytes", |ts, a, _| {
                Ok(new_bytes(live(ts, &a[0])?.to_vec()))
            }),
            ("tolist", |ts, a, _| {
                let d = live(ts, &a[0])?;
                Ok(new_list(d.item_values()))
            }),
            ("hex", |ts, a, k| {
                let d = live(ts, &a[0])?;
                let mut args = vec![new_bytes(d.to_vec())];
                args.extend_from_slice(a.get(1..).unwrap_or(&[]));
                crate::builtins::str::bytes_hex(ts, &args, k)
            }),
            ("release", |_, a, _| {
                view(&a[0]).release_export();
                Ok(Value::NONE)
            }),
            ("toreadonly", |ts, a, _| {
                let d = live(ts, &a[0])?;
                Ok(new_view(new_bytes(d.to_vec()), 0, 1, d.len, d.format))
            }),
            ("cast", cast),
            ("__enter__", |ts, a, _| {
                live(ts, &a[0])?;
                Ok(a[0].clone())
            }),
            ("__exit__", |_, a, _| {
                view(&a[0]).release_export();
                Ok(Value::NONE)
            }),
        ],
    );
    add_getsets(
        &t.memoryview,
        &[
            ("obj", |ts, v| Ok(live(ts, v)?.obj.clone()), None),
            (
                "nbytes",
                |ts, v| Ok(int_from_i64(live(ts, v)?.len as i64)),
                None,
            ),
            (
                "readonly",
                |ts, v| Ok(Value::from_bool(live(ts, v)?.readonly())),
                None,
            ),
            (
                "itemsize",
                |ts, v| Ok(int_from_i64(live(ts, v)?.itemsize() as i64)),
                None,
            ),
            (
                "ndim",
                |ts, v| live(ts, v).map(|_| Value::small_int(1)),
                None,
            ),
            (
                "format",
                |ts, v| Ok(new_str((live(ts, v)?.format as char).to_string())),
                None,
            ),
            (
                "shape",
                |ts, v| Ok(new_tuple(vec![int_from_i64(live(ts, v)?.items() as i64)])),
                None,
            ),
            (
                "strides",
                |ts, v| {
                    let d = live(ts, v)?;
                    Ok(new_tuple(vec![int_from_i64(
                        d.step as i64 * d.itemsize() as i64,
                    )]))
                },
                None,
            ),
            (
                "released",
                |_, v| Ok(Value::from_bool(view(v).released.get())),
                None,
            ),
            (
                "contiguous",
                |ts, v| Ok(Value::from_bool(live(ts, v)?.step == 1)),
                None,
            ),
            (
                "c_contiguous",
                |ts, v| Ok(Value::from_bool(live(ts, v)?.step == 1)),
                None,
            ),
        ],
    );
}
