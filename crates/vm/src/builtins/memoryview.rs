//! `memoryview`: views of the bytes of a `bytes` or `bytearray` object, shaped as CPython's
//! buffer protocol describes them: a native single-character struct format (`B`, `b`, `c`,
//! `?`, `h`/`H`, `i`/`I`, `l`/`L`, `q`/`Q`, `n`/`N`, `P`, `f`, `d`), an item size, and a
//! shape and strides of any number of dimensions. Indexing and item assignment unpack and
//! pack single items (multi-indexes on N-dimensional views), slicing restricts the first
//! dimension, `cast` goes between byte formats and any native format and between 1-D and N-D
//! shapes, `tolist` nests lists, comparison unpacks items. Views hold a reference to the
//! exporter and read its current contents. See docs/design/object-model.md.

use std::cell::Cell;

use crate::builtins::classes::{payload, set_slots};
use crate::builtins::slice::slice_indices;
use crate::call::parse_args;
use crate::object::containers::{as_bytes, new_bytes, new_list, new_tuple, ByteArrayData};
use crate::object::float::as_f64;
use crate::object::int::{as_bigint, int_from_bigint, int_from_i64};
use crate::object::misc::SliceData;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// CPython's limit on the number of dimensions of a buffer.
const MAX_NDIM: usize = 64;

/// Payload of a memoryview.
pub struct MemoryViewData {
    /// The exporter: a bytes or bytearray object.
    pub obj: Value,
    /// Byte offset of the first item (index 0 in every dimension) in the exporter.
    start: usize,
    /// The struct format code of the items.
    format: u8,
    /// The format was given as `@x` (and `format` shows it so).
    at_sign: bool,
    /// The size of one item in bytes.
    itemsize: usize,
    /// Items along each dimension (empty for a 0-dimensional view).
    shape: Vec<usize>,
    /// Distance in bytes between neighbouring items along each dimension.
    strides: Vec<isize>,
    /// Read-only views refuse item assignment (views of bytes, `toreadonly()`).
    readonly: bool,
    /// Set by `release()`.
    released: Cell<bool>,
}

/// The item size of a native single-character struct format (`None`: not one).
fn itemsize_of(format: u8) -> Option<usize> {
    Some(match format {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'H' | b'h' => 2,
        b'I' | b'i' | b'f' => 4,
        b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' | b'P' | b'd' => 8,
        _ => return None,
    })
}

fn is_byte_format(format: u8) -> bool {
    matches!(format, b'B' | b'b' | b'c')
}

/// The format code a format string names: one native code with an optional `@`.
fn native_format(f: &str) -> Option<u8> {
    let f = f.strip_prefix('@').unwrap_or(f);
    match f.as_bytes() {
        [c] if itemsize_of(*c).is_some() => Some(*c),
        _ => None,
    }
}

/// C-order strides for `shape` with items of `itemsize` bytes.
fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for (s, n) in strides.iter_mut().zip(shape).rev() {
        *s = step;
        step *= *n as isize;
    }
    strides
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

    fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// The number of items in all dimensions.
    fn items(&self) -> usize {
        self.shape.iter().product()
    }

    fn nbytes(&self) -> usize {
        self.items() * self.itemsize
    }

    /// Whether the items lie in C order without gaps (any view with no items does).
    fn c_contiguous(&self) -> bool {
        self.items() == 0
            || self
                .shape
                .iter()
                .zip(&self.strides)
                .zip(c_strides(&self.shape, self.itemsize))
                .all(|((n, s), c)| *n <= 1 || *s == c)
    }

    /// Whether the items lie in Fortran order without gaps.
    fn f_contiguous(&self) -> bool {
        if self.items() == 0 {
            return true;
        }
        let mut step = self.itemsize as isize;
        for (n, s) in self.shape.iter().zip(&self.strides) {
            if *n > 1 && *s != step {
                return false;
            }
            step *= *n as isize;
        }
        true
    }

    /// The byte offsets of all items, in C order (last index fastest) or Fortran order.
    fn offsets(&self, fortran: bool) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.items());
        if self.items() == 0 {
            return out;
        }
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        loop {
            let off = idx
                .iter()
                .zip(&self.strides)
                .fold(self.start as isize, |acc, (i, s)| acc + *i as isize * s);
            out.push(off.max(0) as usize);
            // Advance the multi-index.
            let mut done = true;
            let dims: Box<dyn Iterator<Item = usize>> = if fortran {
                Box::new(0..nd)
            } else {
                Box::new((0..nd).rev())
            };
            for d in dims {
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    done = false;
                    break;
                }
                idx[d] = 0;
            }
            if done {
                return out;
            }
        }
    }

    /// Reads the exporter's bytes without running Python code.
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

    /// The bytes of the items in the given order (`tobytes`).
    fn bytes_in_order(&self, fortran: bool) -> Vec<u8> {
        let offsets = self.offsets(fortran);
        let size = self.itemsize;
        self.with_buffer(|b| {
            let mut out = Vec::with_capacity(offsets.len() * size);
            for o in offsets {
                match b.get(o..o + size) {
                    Some(item) => out.extend_from_slice(item),
                    None => out.extend(std::iter::repeat_n(0, size)),
                }
            }
            out
        })
    }

    /// The viewed bytes in C order.
    pub fn to_vec(&self) -> Vec<u8> {
        self.bytes_in_order(false)
    }

    /// The item at byte offset `off`.
    fn item_at(&self, off: usize) -> Value {
        let size = self.itemsize;
        let mut raw = [0u8; 8];
        self.with_buffer(|b| {
            if let Some(src) = b.get(off..off + size) {
                raw[..size].copy_from_slice(src);
            }
        });
        unpack(self.format, size, raw)
    }

    /// All items, unpacked, in C order.
    fn item_values(&self) -> Vec<Value> {
        self.offsets(false)
            .into_iter()
            .map(|o| self.item_at(o))
            .collect()
    }
}

/// Unpacks one item of a native format from its bytes (native byte order, zero-padded).
fn unpack(format: u8, size: usize, raw: [u8; 8]) -> Value {
    let bits = u64::from_ne_bytes(raw);
    let bits = if cfg!(target_endian = "big") {
        bits >> (64 - 8 * size as u32)
    } else {
        bits
    };
    match format {
        b'c' => new_bytes(vec![raw[0]]),
        b'?' => Value::from_bool(bits != 0),
        b'f' => Value::from_f64(f64::from(f32::from_bits(bits as u32))),
        b'd' => Value::from_f64(f64::from_bits(bits)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - 8 * size as u32;
            int_from_i64(((bits << shift) as i64) >> shift)
        }
        _ => match i64::try_from(bits) {
            Ok(x) => int_from_i64(x),
            Err(_) => int_from_bigint(bits.into()),
        },
    }
}

fn invalid_type(ts: &ThreadState, format: u8) -> PyErr {
    ts.type_error(format!(
        "memoryview: invalid type for format '{}'",
        format as char
    ))
}

fn invalid_value(ts: &ThreadState, format: u8) -> PyErr {
    ts.value_error(format!(
        "memoryview: invalid value for format '{}'",
        format as char
    ))
}

/// The float value of an item to pack (`__float__` or `__index__`).
fn float_of(ts: &ThreadState, x: &Value, format: u8) -> PyResult<f64> {
    if let Some(f) = as_f64(x) {
        return Ok(f);
    }
    if let Some(b) = as_bigint(x) {
        return num_traits::ToPrimitive::to_f64(&b)
            .ok_or_else(|| ts.overflow_error("int too large to convert to float"));
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = p::call_special(ts, x, name, &[])? {
            if let Some(f) = as_f64(&r) {
                return Ok(f);
            }
            if let Some(f) = as_bigint(&r).and_then(|b| num_traits::ToPrimitive::to_f64(&b)) {
                return Ok(f);
            }
        }
    }
    Err(invalid_type(ts, format))
}

/// Packs one item of a native format, with CPython's memoryview errors.
fn pack(ts: &ThreadState, format: u8, size: usize, x: &Value) -> PyResult<Vec<u8>> {
    let bits: u64 = match format {
        b'c' => match as_bytes(x) {
            Some([b]) => u64::from(*b),
            Some(_) => return Err(invalid_value(ts, format)),
            None => return Err(invalid_type(ts, format)),
        },
        b'?' => u64::from(p::truthy(ts, x)?),
        b'f' => u64::from((float_of(ts, x, format)? as f32).to_bits()),
        b'd' => float_of(ts, x, format)?.to_bits(),
        _ => {
            let is_int = as_bigint(x).is_some()
                || (!x.is_float() && p::lookup_special(ts, x, "__index__")?.is_some());
            if !is_int {
                return Err(invalid_type(ts, format));
            }
            let n = p::index(ts, x)?;
            let bits = 8 * size as u32;
            let signed = matches!(format, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let fits = if signed {
                let lo = -(num_bigint::BigInt::from(1) << (bits - 1));
                let hi = num_bigint::BigInt::from(1) << (bits - 1);
                n >= lo && n < hi
            } else {
                n.sign() != num_bigint::Sign::Minus && n < (num_bigint::BigInt::from(1) << bits)
            };
            if !fits {
                return Err(invalid_value(ts, format));
            }
            num_traits::ToPrimitive::to_i64(&n)
                .map(|v| v as u64)
                .or_else(|| num_traits::ToPrimitive::to_u64(&n))
                .unwrap_or(0)
        }
    };
    let bytes = bits.to_ne_bytes();
    Ok(if cfg!(target_endian = "big") {
        bytes[8 - size..].to_vec()
    } else {
        bytes[..size].to_vec()
    })
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

/// The shape of a view (with its format, item size and start), before it is allocated.
struct Layout {
    start: usize,
    format: u8,
    at_sign: bool,
    itemsize: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
}

impl Layout {
    fn of(d: &MemoryViewData) -> Layout {
        Layout {
            start: d.start,
            format: d.format,
            at_sign: d.at_sign,
            itemsize: d.itemsize,
            shape: d.shape.clone(),
            strides: d.strides.clone(),
        }
    }

    /// A 1-D byte layout over `n` bytes.
    fn bytes(n: usize) -> Layout {
        Layout {
            start: 0,
            format: b'B',
            at_sign: false,
            itemsize: 1,
            shape: vec![n],
            strides: vec![1],
        }
    }
}

fn new_view(obj: Value, layout: Layout, readonly: bool) -> Value {
    // A view over a bytearray pins its size until released (see `release_export`).
    if let Some(ba) = obj.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
        ba.1.set(ba.1.get() + 1);
    }
    alloc(
        &types().memoryview,
        MemoryViewData {
            obj,
            start: layout.start,
            format: layout.format,
            at_sign: layout.at_sign,
            itemsize: layout.itemsize,
            shape: layout.shape,
            strides: layout.strides,
            readonly,
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
        return Ok(new_view(d.obj.clone(), Layout::of(d), d.readonly));
    }
    if let Some(b) = as_bytes(&obj) {
        let n = b.len();
        return Ok(new_view(obj, Layout::bytes(n), true));
    }
    if let Some(ba) = obj.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
        let n = ba.0.with(Vec::len);
        return Ok(new_view(obj, Layout::bytes(n), false));
    }
    Err(ts.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_name(&obj)
    )))
}

fn zero_dim(ts: &ThreadState) -> PyErr {
    ts.type_error("invalid indexing of 0-dim memory")
}

fn invalid_key(ts: &ThreadState) -> PyErr {
    ts.type_error("memoryview: invalid slice key")
}

fn has_index(ts: &ThreadState, v: &Value) -> PyResult<bool> {
    Ok(as_bigint(v).is_some()
        || (!v.is_float() && p::lookup_special(ts, v, "__index__")?.is_some()))
}

/// An index as CPython's `PyNumber_AsSsize_t(key, IndexError)` reads it.
fn ssize_index(ts: &ThreadState, key: &Value) -> PyResult<i64> {
    let n = p::index(ts, key)?;
    num_traits::ToPrimitive::to_i64(&n).ok_or_else(|| {
        ts.index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(key)
        ))
    })
}

/// The byte offset `index` selects along dimension `dim`, starting from `base`.
fn lookup_dimension(
    ts: &ThreadState,
    d: &MemoryViewData,
    base: isize,
    dim: usize,
    index: i64,
) -> PyResult<isize> {
    let n = d.shape[dim] as i64;
    let i = if index < 0 { index + n } else { index };
    if !(0..n).contains(&i) {
        return Err(ts.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(base + i as isize * d.strides[dim])
}

/// The key's elements if it is a tuple of integers (a multi-index).
fn multi_index(ts: &ThreadState, key: &Value) -> PyResult<Option<Vec<Value>>> {
    let Some(items) = crate::object::containers::as_tuple(key) else {
        return Ok(None);
    };
    for it in items.iter() {
        if !has_index(ts, it)? {
            return Ok(None);
        }
    }
    Ok(Some(items.to_vec()))
}

fn is_multi_slice(key: &Value) -> bool {
    crate::object::containers::as_tuple(key).is_some_and(|items| {
        items
            .iter()
            .all(|i| i.as_obj().is_some_and(|o| o.is::<SliceData>()))
    })
}

/// The byte offset of the item a full multi-index selects.
fn offset_of_tuple(ts: &ThreadState, d: &MemoryViewData, idx: &[Value]) -> PyResult<usize> {
    if idx.len() < d.ndim() {
        return Err(ts.not_implemented_error("sub-views are not implemented"));
    }
    if idx.len() > d.ndim() {
        return Err(ts.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            d.ndim(),
            idx.len()
        )));
    }
    let mut off = d.start as isize;
    for (dim, i) in idx.iter().enumerate() {
        off = lookup_dimension(ts, d, off, dim, ssize_index(ts, i)?)?;
    }
    Ok(off.max(0) as usize)
}

/// The view's layout restricted by a slice of its first dimension.
fn sliced(ts: &ThreadState, d: &MemoryViewData, s: &SliceData) -> PyResult<Layout> {
    let ix = slice_indices(ts, s, d.shape[0])?;
    let mut layout = Layout::of(d);
    let start = d.start as isize + ix.start as isize * d.strides[0];
    layout.start = start.max(0) as usize;
    layout.strides[0] = d.strides[0] * ix.step as isize;
    layout.shape[0] = ix.len;
    Ok(layout)
}

fn memoryview_getitem(ts: &ThreadState, v: &Value, key: &Value) -> PyResult<Value> {
    let d = live(ts, v)?;
    if d.ndim() == 0 {
        if key.is(&Value::ELLIPSIS) {
            return Ok(v.clone());
        }
        if crate::object::containers::as_tuple(key).is_some_and(|t| t.is_empty()) {
            return Ok(d.item_at(d.start));
        }
        return Err(zero_dim(ts));
    }
    if has_index(ts, key)? {
        let index = ssize_index(ts, key)?;
        if d.ndim() != 1 {
            return Err(ts.not_implemented_error("multi-dimensional sub-views are not implemented"));
        }
        let off = lookup_dimension(ts, d, d.start as isize, 0, index)?;
        return Ok(d.item_at(off.max(0) as usize));
    }
    if let Some(s) = key.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        return Ok(new_view(d.obj.clone(), sliced(ts, d, s)?, d.readonly));
    }
    if let Some(idx) = multi_index(ts, key)? {
        return Ok(d.item_at(offset_of_tuple(ts, d, &idx)?));
    }
    if is_multi_slice(key) {
        return Err(ts.not_implemented_error("multi-dimensional slicing is not implemented"));
    }
    Err(invalid_key(ts))
}

/// The format, shape and bytes (C order) of a buffer assigned to a slice.
fn source_buffer(ts: &ThreadState, x: &Value) -> PyResult<(u8, Vec<usize>, Vec<u8>)> {
    if let Some(s) = x.as_obj().and_then(|o| o.downcast::<MemoryViewData>()) {
        if s.released.get() {
            return Err(released_error(ts));
        }
        return Ok((s.format, s.shape.clone(), s.to_vec()));
    }
    if as_bytes(x).is_none() && !x.as_obj().is_some_and(|o| o.is::<ByteArrayData>()) {
        return Err(ts.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(x)
        )));
    }
    let b = crate::builtins::str::bytes_like(ts, x)?;
    Ok((b'B', vec![b.len()], b))
}

fn memoryview_setitem(ts: &ThreadState, v: &Value, key: &Value, x: Option<Value>) -> PyResult<()> {
    let d = live(ts, v)?;
    if d.readonly {
        return Err(ts.type_error("cannot modify read-only memory"));
    }
    let Some(x) = x else {
        return Err(ts.type_error("cannot delete memory"));
    };
    let writes: Vec<(usize, Vec<u8>)> = if d.ndim() == 0 {
        let empty = crate::object::containers::as_tuple(key).is_some_and(|t| t.is_empty());
        if !key.is(&Value::ELLIPSIS) && !empty {
            return Err(zero_dim(ts));
        }
        vec![(d.start, pack(ts, d.format, d.itemsize, &x)?)]
    } else if has_index(ts, key)? {
        if d.ndim() > 1 {
            return Err(ts.not_implemented_error("sub-views are not implemented"));
        }
        let off = lookup_dimension(ts, d, d.start as isize, 0, ssize_index(ts, key)?)?;
        vec![(off.max(0) as usize, pack(ts, d.format, d.itemsize, &x)?)]
    } else if let Some(s) = key
        .as_obj()
        .and_then(|o| o.downcast::<SliceData>())
        .filter(|_| d.ndim() == 1)
    {
        let (format, shape, src) = source_buffer(ts, &x)?;
        let dest = sliced(ts, d, s)?;
        if format != d.format || shape != dest.shape {
            return Err(ts.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let size = d.itemsize;
        (0..dest.shape[0])
            .map(|k| {
                let off = dest.start as isize + k as isize * dest.strides[0];
                let item = src.get(k * size..(k + 1) * size).unwrap_or_default();
                (off.max(0) as usize, item.to_vec())
            })
            .collect()
    } else if let Some(idx) = multi_index(ts, key)? {
        let off = offset_of_tuple(ts, d, &idx)?;
        vec![(off, pack(ts, d.format, d.itemsize, &x)?)]
    } else if key.as_obj().is_some_and(|o| o.is::<SliceData>()) || is_multi_slice(key) {
        return Err(ts.not_implemented_error(
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    } else {
        return Err(invalid_key(ts));
    };
    let Some(ba) = d.obj.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) else {
        return Err(ts.type_error("cannot modify read-only memory"));
    };
    ba.0.with_mut(|buf| {
        for (off, item) in writes {
            if let Some(slot) = buf.get_mut(off..off + item.len()) {
                slot.copy_from_slice(&item);
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
    let result = |equal: bool| Ok(Value::from_bool(equal == (op == CompareOp::Eq)));
    let da = view(a);
    if da.released.get() {
        return result(a.is(b));
    }
    let (other_shape, other_items) =
        if let Some(db) = b.as_obj().and_then(|o| o.downcast::<MemoryViewData>()) {
            if db.released.get() {
                return result(a.is(b));
            }
            (db.shape.clone(), db.item_values())
        } else {
            match crate::builtins::str::bytes_like(ts, b) {
                Ok(x) => (
                    vec![x.len()],
                    x.into_iter().map(|c| int_from_i64(i64::from(c))).collect(),
                ),
                Err(_) => return Ok(Value::NOT_IMPLEMENTED),
            }
        };
    if da.shape != other_shape {
        return result(false);
    }
    for (x, y) in da.item_values().iter().zip(&other_items) {
        if !p::eq(ts, x, y)? {
            return result(false);
        }
    }
    result(true)
}

fn shape_error(ts: &ThreadState, msg: &str) -> PyErr {
    ts.type_error(msg.to_string())
}

fn cast(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, format, shape] = parse_args(ts, "cast", a, k, ["self", "format", "shape"], 2, 3)?;
    let d = live(ts, &a[0])?;
    let format = format.unwrap_or(Value::NONE);
    let Some(f) = as_str(&format) else {
        return Err(ts.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name(&format)
        )));
    };
    if !d.c_contiguous() {
        return Err(ts.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = shape.filter(|s| !s.is_none());
    if (shape.is_some() || d.ndim() != 1) && d.shape.contains(&0) {
        return Err(ts.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let dims = match &shape {
        None => None,
        Some(s) => {
            let items = if let Some(t) = crate::object::containers::as_tuple(s) {
                t.to_vec()
            } else if let Some(l) = crate::object::containers::as_list(s) {
                l.0.get()
            } else {
                return Err(ts.type_error("shape must be a list or a tuple"));
            };
            if items.len() > MAX_NDIM {
                return Err(ts.value_error("memoryview: number of dimensions must not exceed 64"));
            }
            if d.ndim() != 1 && items.len() != 1 {
                return Err(ts.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(items)
        }
    };
    let Some(code) = native_format(f) else {
        return Err(ts.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(d.format) && !is_byte_format(code) {
        return Err(ts.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let itemsize = itemsize_of(code).unwrap_or(1);
    let nbytes = d.nbytes();
    if nbytes % itemsize != 0 {
        return Err(ts.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let shape = match dims {
        None => vec![nbytes / itemsize],
        Some(items) => {
            let mut shape = Vec::with_capacity(items.len());
            let mut total = itemsize;
            for it in &items {
                let Some(n) = crate::object::int::as_i64(it) else {
                    return Err(
                        ts.type_error("memoryview.cast(): elements of shape must be integers")
                    );
                };
                if n <= 0 {
                    return Err(
                        ts.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    );
                }
                total = total
                    .checked_mul(n as usize)
                    .filter(|t| *t <= isize::MAX as usize)
                    .ok_or_else(|| {
                        ts.value_error("memoryview.cast(): product(shape) > SSIZE_MAX")
                    })?;
                shape.push(n as usize);
            }
            if total != nbytes {
                return Err(shape_error(
                    ts,
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            shape
        }
    };
    let strides = c_strides(&shape, itemsize);
    let layout = Layout {
        start: d.start,
        format: code,
        at_sign: f.starts_with('@'),
        itemsize,
        shape,
        strides,
    };
    Ok(new_view(d.obj.clone(), layout, d.readonly))
}

/// `tolist`: nested lists of the items (the item itself for a 0-dimensional view).
fn tolist(d: &MemoryViewData) -> Value {
    fn build(d: &MemoryViewData, dim: usize, items: &mut std::vec::IntoIter<Value>) -> Value {
        if dim == d.ndim() {
            return items.next().unwrap_or(Value::NONE);
        }
        new_list(
            (0..d.shape[dim])
                .map(|_| build(d, dim + 1, items))
                .collect(),
        )
    }
    let mut items = d.item_values().into_iter();
    build(d, 0, &mut items)
}

fn tobytes(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, order] = parse_args(ts, "tobytes", a, k, ["self", "order"], 1, 2)?;
    let d = live(ts, &a[0])?;
    let fortran = match order.filter(|o| !o.is_none()) {
        None => false,
        Some(o) => match as_str(&o) {
            Some("C") | Some("A") => false,
            Some("F") => true,
            _ => return Err(ts.value_error("order must be 'C', 'F' or 'A'")),
        },
    };
    Ok(new_bytes(d.bytes_in_order(fortran)))
}

fn hash(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    let d = live(ts, v)?;
    if !d.readonly {
        return Err(ts.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(d.format) {
        return Err(ts.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    p::hash(ts, &d.obj)?;
    Ok(crate::object::str::hash_bytes(&d.to_vec()))
}

fn int_tuple(values: impl Iterator<Item = i64>) -> Value {
    new_tuple(values.map(int_from_i64).collect())
}

/// Installs the memoryview type.
pub fn init() {
    let t = types();
    set_slots(&t.memoryview, |s| {
        s.new = Some(memoryview_new);
        s.len = Some(|ts, v| {
            let d = live(ts, v)?;
            Ok(d.shape.first().copied().unwrap_or(1))
        });
        s.getitem = Some(memoryview_getitem);
        s.setitem = Some(memoryview_setitem);
        s.richcompare = Some(memoryview_richcompare);
        s.hash = Some(hash);
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
            ("tobytes", tobytes),
            ("tolist", |ts, a, _| Ok(tolist(live(ts, &a[0])?))),
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
                Ok(new_view(d.obj.clone(), Layout::of(d), true))
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
                |ts, v| Ok(int_from_i64(live(ts, v)?.nbytes() as i64)),
                None,
            ),
            (
                "readonly",
                |ts, v| Ok(Value::from_bool(live(ts, v)?.readonly)),
                None,
            ),
            (
                "itemsize",
                |ts, v| Ok(int_from_i64(live(ts, v)?.itemsize as i64)),
                None,
            ),
            (
                "ndim",
                |ts, v| Ok(int_from_i64(live(ts, v)?.ndim() as i64)),
                None,
            ),
            (
                "format",
                |ts, v| {
                    let d = live(ts, v)?;
                    let at = if d.at_sign { "@" } else { "" };
                    Ok(new_str(format!("{at}{}", d.format as char)))
                },
                None,
            ),
            (
                "shape",
                |ts, v| Ok(int_tuple(live(ts, v)?.shape.iter().map(|n| *n as i64))),
                None,
            ),
            (
                "strides",
                |ts, v| Ok(int_tuple(live(ts, v)?.strides.iter().map(|s| *s as i64))),
                None,
            ),
            (
                "suboffsets",
                |ts, v| live(ts, v).map(|_| new_tuple(Vec::new())),
                None,
            ),
            (
                "released",
                |_, v| Ok(Value::from_bool(view(v).released.get())),
                None,
            ),
            (
                "contiguous",
                |ts, v| {
                    let d = live(ts, v)?;
                    Ok(Value::from_bool(d.c_contiguous() || d.f_contiguous()))
                },
                None,
            ),
            (
                "c_contiguous",
                |ts, v| Ok(Value::from_bool(live(ts, v)?.c_contiguous())),
                None,
            ),
            (
                "f_contiguous",
                |ts, v| Ok(Value::from_bool(live(ts, v)?.f_contiguous())),
                None,
            ),
        ],
    );
}
