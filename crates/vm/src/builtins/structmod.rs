//! The `_struct` module under CPython's `Lib/struct.py`: format strings are parsed into a
//! [`Layout`] (items with offsets, native `@` alignment or the standard sizes of `= < > !`),
//! then values are packed into / unpacked from byte buffers. Range errors reproduce CPython's
//! messages, including the difference between codes that CPython packs with its native
//! routines (native mode, and `<`/`=` on little-endian machines when the sizes agree) and
//! those packed by its big-endian routines. Half floats (`e`) round half to even. See
//! docs/design/stdlib-bridge.md.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::classes::set_slots;
use crate::call::parse_args;
use crate::object::containers::{as_bytes, new_bytes, new_tuple, ByteArrayData};
use crate::object::float::as_f64;
use crate::object::int::{as_bigint, int_from_bigint, int_from_i64};
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::Slots;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, new_builtin_function, type_name};
use crate::thread_state::ThreadState;
use crate::types::{
    add_getsets, add_methods, dict_set_str, finish_runtime_type, make_builtin_type, type_data,
    types,
};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Byte order and size/alignment rules selected by a format's first character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `@` or nothing: native sizes, native alignment, native order.
    Native,
    /// `=`: standard sizes, native order.
    StdNative,
    /// `<`.
    Little,
    /// `>` or `!`.
    Big,
}

impl Mode {
    fn little(self) -> bool {
        match self {
            Mode::Native | Mode::StdNative => cfg!(target_endian = "little"),
            Mode::Little => true,
            Mode::Big => false,
        }
    }
}

/// One format code with its repeat count.
struct Item {
    code: u8,
    /// Offset of the first repetition.
    offset: usize,
    /// Size of one repetition (for `s`/`p`, the whole string).
    size: usize,
    /// Repetitions (1 for `s`/`p`, the pad length for `x`).
    count: usize,
}

/// A parsed format.
pub struct Layout {
    items: Vec<Item>,
    mode: Mode,
    size: usize,
    nargs: usize,
}

thread_local! {
    static STRUCT_ERROR: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static STRUCT_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static UNPACK_ITER_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn error_type() -> ObjRef {
    STRUCT_ERROR.with(|e| {
        e.borrow_mut()
            .get_or_insert_with(|| {
                let ty = make_builtin_type::<crate::object::misc::ExceptionData>(
                    "error",
                    &types().exception,
                    Slots::default(),
                    true,
                );
                dict_set_str(&type_data(&ty).dict, "__module__", new_str("struct"));
                ty
            })
            .clone()
    })
}

fn err(ts: &ThreadState, msg: impl Into<String>) -> PyErr {
    ts.new_error(&error_type(), msg)
}

/// Native size of a code (`None`: not a format character).
fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// Standard size of a code (`n`, `N`, `P` exist only natively).
fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn too_long(ts: &ThreadState) -> PyErr {
    err(ts, "total struct size too long")
}

/// Parses a format string.
fn parse_format(ts: &ThreadState, fmt: &[u8]) -> PyResult<Layout> {
    let (mode, mut i) = match fmt.first() {
        Some(b'@') => (Mode::Native, 1),
        Some(b'=') => (Mode::StdNative, 1),
        Some(b'<') => (Mode::Little, 1),
        Some(b'>' | b'!') => (Mode::Big, 1),
        _ => (Mode::Native, 0),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nargs: usize = 0;
    let limit = isize::MAX as usize;
    while i < fmt.len() {
        let c = fmt[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut num: usize = 1;
        if c.is_ascii_digit() {
            num = 0;
            while let Some(d) = fmt.get(i).filter(|d| d.is_ascii_digit()) {
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|n| *n <= limit)
                    .ok_or_else(|| too_long(ts))?;
                i += 1;
            }
            if i >= fmt.len() {
                return Err(err(ts, "repeat count given without format specifier"));
            }
        }
        let c = fmt[i];
        i += 1;
        let itemsize = match mode {
            Mode::Native => native_size(c),
            _ => std_size(c),
        }
        .ok_or_else(|| err(ts, "bad char in struct format"))?;
        if mode == Mode::Native && !matches!(c, b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p') {
            size = size
                .checked_add(itemsize - 1)
                .map(|s| s / itemsize * itemsize)
                .ok_or_else(|| too_long(ts))?;
        }
        let (item_size, count, span, args) = match c {
            b's' | b'p' => (num, 1, num, 1),
            b'x' => (1, num, num, 0),
            _ => (
                itemsize,
                num,
                num.checked_mul(itemsize).ok_or_else(|| too_long(ts))?,
                num,
            ),
        };
        items.push(Item {
            code: c,
            offset: size,
            size: item_size,
            count,
        });
        size = size
            .checked_add(span)
            .filter(|s| *s <= limit)
            .ok_or_else(|| too_long(ts))?;
        nargs = nargs.checked_add(args).ok_or_else(|| too_long(ts))?;
    }
    Ok(Layout {
        items,
        mode,
        size,
        nargs,
    })
}

/// The format argument as bytes (str or bytes), with `Struct()`'s type error.
fn format_bytes(ts: &ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        return crate::builtins::str::encode(ts, s, "ascii", "strict");
    }
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    Err(ts.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        type_name(v)
    )))
}

thread_local! {
    static CACHE: RefCell<Vec<(Vec<u8>, Rc<Layout>)>> = const { RefCell::new(Vec::new()) };
}

/// Parses a format, through a small cache (as CPython's module functions do).
fn layout_of(ts: &ThreadState, v: &Value) -> PyResult<Rc<Layout>> {
    let f = format_bytes(ts, v)?;
    if f.contains(&0) {
        return Err(err(ts, "embedded null character"));
    }
    if let Some(l) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == f)
            .map(|(_, l)| l.clone())
    }) {
        return Ok(l);
    }
    let l = Rc::new(parse_format(ts, &f)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 100 {
            c.clear();
        }
        c.push((f, l.clone()));
    });
    Ok(l)
}

// ----- packing -----

fn not_int(ts: &ThreadState) -> PyErr {
    err(ts, "required argument is not an integer")
}

/// The integer value of a pack argument (`__index__` allowed).
fn get_int(ts: &ThreadState, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if as_f64(v).is_some() {
        return Err(not_int(ts));
    }
    match p::call_special(ts, v, "__index__", &[])? {
        Some(r) => as_bigint(&r).ok_or_else(|| {
            ts.type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            ))
        }),
        None => Err(not_int(ts)),
    }
}

/// Whether CPython packs this code with its native routine in this mode (native mode, or a
/// standard mode in the machine's byte order whose size matches the native one).
fn native_routine(mode: Mode, c: u8) -> bool {
    match mode {
        Mode::Native => true,
        Mode::Big => false,
        Mode::StdNative | Mode::Little => {
            mode.little() == cfg!(target_endian = "little") && std_size(c) == native_size(c)
        }
    }
}

/// Converts an integer argument to the bits to store, with CPython's range errors.
fn int_bits(ts: &ThreadState, n: &BigInt, c: u8, size: usize, mode: Mode) -> PyResult<u64> {
    let native = native_routine(mode, c);
    let out_of_range = || err(ts, "argument out of range");
    if c == b'P' {
        return n
            .to_i64()
            .map(|x| x as u64)
            .or_else(|| n.to_u64())
            .ok_or_else(|| err(ts, "int too large to convert"));
    }
    let too_large = || {
        if native {
            out_of_range()
        } else {
            err(ts, "int too large to convert")
        }
    };
    // Codes CPython reads as a C long first (so negative values reach the range check).
    let signed_read =
        matches!(c, b'b' | b'B' | b'h' | b'i' | b'l' | b'q' | b'n') || (c == b'H' && native);
    if size == 8 {
        return if signed_read {
            n.to_i64().map(|x| x as u64).ok_or_else(too_large)
        } else {
            n.to_u64().ok_or_else(too_large)
        };
    }
    let x: i64 = if signed_read {
        n.to_i64().ok_or_else(out_of_range)?
    } else {
        let u = n.to_u64().ok_or_else(out_of_range)?;
        i64::try_from(u).unwrap_or(i64::MAX)
    };
    let bits = 8 * size as u32;
    let (lo, hi) = if matches!(c, b'b' | b'h' | b'i' | b'l') {
        (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
    } else {
        (0, (1i64 << bits) - 1)
    };
    if x < lo || x > hi {
        let msg = match c {
            b'b' => "byte format requires -128 <= number <= 127".to_string(),
            b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
            b'h' if native => "short format requires -32768 <= number <= 32767".to_string(),
            b'H' if native => "ushort format requires 0 <= number <= 65535".to_string(),
            _ => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
        };
        return Err(err(ts, msg));
    }
    Ok(x as u64)
}

fn put(buf: &mut [u8], at: usize, bits: u64, size: usize, little: bool) {
    let Some(dst) = buf.get_mut(at..at + size) else {
        return;
    };
    if little {
        let src = bits.to_le_bytes();
        dst.copy_from_slice(&src[..size]);
    } else {
        let src = bits.to_be_bytes();
        dst.copy_from_slice(&src[8 - size..]);
    }
}

fn get(buf: &[u8], at: usize, size: usize, little: bool) -> u64 {
    let mut raw = [0u8; 8];
    let Some(src) = buf.get(at..at + size) else {
        return 0;
    };
    if little {
        raw[..size].copy_from_slice(src);
        u64::from_le_bytes(raw)
    } else {
        raw[8 - size..].copy_from_slice(src);
        u64::from_be_bytes(raw)
    }
}

/// The float value of a pack argument.
fn get_float(ts: &ThreadState, v: &Value) -> PyResult<f64> {
    let not_float = || err(ts, "required argument is not a float");
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(b) = as_bigint(v) {
        return b.to_f64().filter(|f| f.is_finite()).ok_or_else(not_float);
    }
    for name in ["__float__", "__index__"] {
        if let Ok(Some(r)) = p::call_special(ts, v, name, &[]) {
            if let Some(f) = as_f64(&r) {
                return Ok(f);
            }
            if let Some(f) = as_bigint(&r).and_then(|b| b.to_f64()) {
                return Ok(f);
            }
        }
    }
    Err(not_float())
}

/// IEEE 754 binary16 bits of `x`, rounding half to even (`None`: too large).
fn f16_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a < 2f64.powi(-14) {
        // Subnormal (or zero): units of 2**-24; 1024 units is the smallest normal.
        let r = (a * 2f64.powi(24)).round_ties_even();
        return Some(sign | r as u16);
    }
    let (_, e) = crate::object::float::frexp(a);
    let mut exp = e - 1;
    let mut m = (a * 2f64.powi(10 - exp)).round_ties_even();
    if m >= 2048.0 {
        m = 1024.0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    Some(sign | (((exp + 15) as u16) << 10) | (m as u16 - 1024))
}

fn f16_value(bits: u16) -> f64 {
    let neg = bits & 0x8000 != 0;
    let exp = i32::from((bits >> 10) & 0x1f);
    let mant = f64::from(bits & 0x3ff);
    let v = match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + mant) * 2f64.powi(exp - 25),
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Packs `args` into `buf` (at least `layout.size` bytes, zeroed where padding goes).
fn pack_into_buf(
    ts: &ThreadState,
    layout: &Layout,
    args: &[Value],
    buf: &mut [u8],
) -> PyResult<()> {
    let little = layout.mode.little();
    let mut args = args.iter();
    let mut next = || args.next().cloned().unwrap_or(Value::NONE);
    for item in &layout.items {
        let c = item.code;
        match c {
            b'x' => {}
            b's' | b'p' => {
                let v = next();
                let data = if let Some(b) = as_bytes(&v) {
                    b.to_vec()
                } else if let Some(ba) = v.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
                    ba.0.get()
                } else {
                    return Err(err(
                        ts,
                        format!("argument for '{}' must be a bytes object", c as char),
                    ));
                };
                let Some(dst) = buf.get_mut(item.offset..item.offset + item.size) else {
                    continue;
                };
                if c == b's' {
                    let n = data.len().min(dst.len());
                    dst[..n].copy_from_slice(&data[..n]);
                } else if let Some((len_byte, rest)) = dst.split_first_mut() {
                    let n = data.len().min(rest.len());
                    rest[..n].copy_from_slice(&data[..n]);
                    *len_byte = n.min(255) as u8;
                }
            }
            _ => {
                for k in 0..item.count {
                    let v = next();
                    let at = item.offset + k * item.size;
                    let bits: u64 = match c {
                        b'c' => match as_bytes(&v) {
                            Some([b]) => u64::from(*b),
                            _ => {
                                return Err(err(
                                    ts,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => u64::from(p::truthy(ts, &v)?),
                        b'e' => {
                            let f = get_float(ts, &v)?;
                            u64::from(f16_bits(f).ok_or_else(|| {
                                ts.overflow_error("float too large to pack with e format")
                            })?)
                        }
                        b'f' => {
                            let f = get_float(ts, &v)?;
                            let y = f as f32;
                            if y.is_infinite() && f.is_finite() && layout.mode != Mode::Native {
                                return Err(
                                    ts.overflow_error("float too large to pack with f format")
                                );
                            }
                            u64::from(y.to_bits())
                        }
                        b'd' => get_float(ts, &v)?.to_bits(),
                        _ => {
                            let n = get_int(ts, &v)?;
                            int_bits(ts, &n, c, item.size, layout.mode)?
                        }
                    };
                    put(buf, at, bits, item.size, little);
                }
            }
        }
    }
    Ok(())
}

fn check_nargs(ts: &ThreadState, layout: &Layout, what: &str, n: usize) -> PyResult<()> {
    if n != layout.nargs {
        return Err(err(
            ts,
            format!(
                "{what} expected {} items for packing (got {n})",
                layout.nargs
            ),
        ));
    }
    Ok(())
}

fn pack(ts: &ThreadState, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    check_nargs(ts, layout, "pack", args.len())?;
    let mut buf = vec![0u8; layout.size];
    pack_into_buf(ts, layout, args, &mut buf)?;
    Ok(new_bytes(buf))
}

fn pack_into(
    ts: &ThreadState,
    layout: &Layout,
    target: &Value,
    offset: &Value,
    args: &[Value],
) -> PyResult<Value> {
    check_nargs(ts, layout, "pack_into", args.len())?;
    let ba = target.as_obj().and_then(|o| o.downcast::<ByteArrayData>());
    let is_view = target
        .as_obj()
        .is_some_and(|o| o.is::<crate::builtins::memoryview::MemoryViewData>());
    let writable =
        ba.is_some() || (is_view && !p::truthy(ts, &p::getattr_str(ts, target, "readonly")?)?);
    if !writable {
        return Err(ts.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name(target)
        )));
    }
    let buflen = p::len(ts, target)? as i64;
    let mut off = offset_arg(ts, offset, true)?;
    let size = layout.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(err(
                ts,
                format!("no space to pack {size} bytes at offset {off}"),
            ));
        }
        if off + buflen < 0 {
            return Err(err(
                ts,
                format!("offset {off} out of range for {buflen}-byte buffer"),
            ));
        }
        off += buflen;
    }
    if buflen - off < size {
        return Err(err(
            ts,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at \
                 offset {off} (actual buffer size is {buflen})",
                size + off
            ),
        ));
    }
    let mut chunk = vec![0u8; layout.size];
    pack_into_buf(ts, layout, args, &mut chunk)?;
    let start = off as usize;
    match ba {
        Some(ba) => {
            ba.0.with_mut(|v| {
                if let Some(dst) = v.get_mut(start..start + chunk.len()) {
                    dst.copy_from_slice(&chunk);
                }
            });
        }
        None => {
            let key = crate::builtins::slice::new_slice(
                int_from_i64(off),
                int_from_i64(off + size),
                Value::NONE,
            );
            p::setitem(ts, target, &key, new_bytes(chunk))?;
        }
    }
    Ok(Value::NONE)
}

/// An offset argument (an index that must fit in `isize`; too large is an IndexError for
/// `pack_into`, an OverflowError for `unpack_from`, as in CPython).
fn offset_arg(ts: &ThreadState, v: &Value, index_error: bool) -> PyResult<i64> {
    if as_f64(v).is_some() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    p::index(ts, v)?.to_i64().ok_or_else(|| {
        if index_error {
            ts.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(v)
            ))
        } else {
            ts.overflow_error("Python int too large to convert to C ssize_t")
        }
    })
}

/// Unpacks one record at `at`.
fn unpack_at(layout: &Layout, buf: &[u8], at: usize) -> Value {
    let little = layout.mode.little();
    let mut out = Vec::with_capacity(layout.nargs);
    for item in &layout.items {
        let c = item.code;
        match c {
            b'x' => {}
            b's' => {
                let o = at + item.offset;
                out.push(new_bytes(
                    buf.get(o..o + item.size).unwrap_or_default().to_vec(),
                ));
            }
            b'p' => {
                let o = at + item.offset;
                let field = buf.get(o..o + item.size).unwrap_or_default();
                let data = match field.split_first() {
                    Some((n, rest)) => &rest[..usize::from(*n).min(rest.len())],
                    None => &[],
                };
                out.push(new_bytes(data.to_vec()));
            }
            _ => {
                for k in 0..item.count {
                    let o = at + item.offset + k * item.size;
                    let bits = get(buf, o, item.size, little);
                    let v = match c {
                        b'c' => new_bytes(vec![bits as u8]),
                        b'?' => Value::from_bool(bits != 0),
                        b'e' => Value::from_f64(f16_value(bits as u16)),
                        b'f' => Value::from_f64(f64::from(f32::from_bits(bits as u32))),
                        b'd' => Value::from_f64(f64::from_bits(bits)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let shift = 64 - 8 * item.size as u32;
                            int_from_i64(((bits << shift) as i64) >> shift)
                        }
                        _ => match i64::try_from(bits) {
                            Ok(x) => int_from_i64(x),
                            Err(_) => int_from_bigint(BigInt::from(bits)),
                        },
                    };
                    out.push(v);
                }
            }
        }
    }
    new_tuple(out)
}

fn unpack(ts: &ThreadState, layout: &Layout, buffer: &Value) -> PyResult<Value> {
    let buf = crate::builtins::str::bytes_like(ts, buffer)?;
    if buf.len() != layout.size {
        return Err(err(
            ts,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    Ok(unpack_at(layout, &buf, 0))
}

fn unpack_from(
    ts: &ThreadState,
    layout: &Layout,
    buffer: &Value,
    offset: Option<&Value>,
) -> PyResult<Value> {
    let buf = crate::builtins::str::bytes_like(ts, buffer)?;
    let mut off = match offset {
        Some(o) => offset_arg(ts, o, false)?,
        None => 0,
    };
    let buflen = buf.len() as i64;
    let size = layout.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(err(
                ts,
                format!("not enough data to unpack {size} bytes at offset {off}"),
            ));
        }
        if off + buflen < 0 {
            return Err(err(
                ts,
                format!("offset {off} out of range for {buflen}-byte buffer"),
            ));
        }
        off += buflen;
    }
    if buflen - off < size {
        return Err(err(
            ts,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes \
                 at offset {off} (actual buffer size is {buflen})",
                size + off
            ),
        ));
    }
    Ok(unpack_at(layout, &buf, off as usize))
}

/// Payload of `_struct.unpack_iterator`: the format, a copy of the buffer, the position.
pub struct UnpackIterData {
    layout: Rc<Layout>,
    buf: Vec<u8>,
    at: std::cell::Cell<usize>,
}

fn unpack_iter_next(v: &Value) -> Option<Value> {
    let d = v.as_obj()?.downcast::<UnpackIterData>()?;
    let at = d.at.get();
    if at + d.layout.size > d.buf.len() {
        return None;
    }
    d.at.set(at + d.layout.size);
    Some(unpack_at(&d.layout, &d.buf, at))
}

fn unpack_iterator_type() -> ObjRef {
    UNPACK_ITER_TYPE.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| {
                let ty = make_builtin_type::<UnpackIterData>(
                    "unpack_iterator",
                    &types().object,
                    Slots::default(),
                    false,
                );
                set_slots(&ty, |s| {
                    // CPython 3.11's message, unbalanced quote included.
                    s.new = Some(|ts, _, _, _| {
                        Err(ts.type_error("Cannot create 'unpack_iterator objects"))
                    });
                    s.init = None;
                    s.iter = Some(|_, v| Ok(v.clone()));
                    s.next = Some(|_, v| Ok(unpack_iter_next(v)));
                });
                add_methods(
                    &ty,
                    &[("__length_hint__", |_, a, _| {
                        let left = a
                            .first()
                            .and_then(Value::as_obj)
                            .and_then(|o| o.downcast::<UnpackIterData>())
                            .map_or(0, |d| {
                                d.buf.len().saturating_sub(d.at.get()) / d.layout.size.max(1)
                            });
                        Ok(int_from_i64(left as i64))
                    })],
                );
                dict_set_str(&type_data(&ty).dict, "__module__", new_str("_struct"));
                finish_runtime_type(&ty);
                ty
            })
            .clone()
    })
}

fn iter_unpack(ts: &ThreadState, layout: Rc<Layout>, buffer: &Value) -> PyResult<Value> {
    let buf = crate::builtins::str::bytes_like(ts, buffer)?;
    if layout.size == 0 {
        return Err(err(
            ts,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if buf.len() % layout.size != 0 {
        return Err(err(
            ts,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    Ok(alloc(
        &unpack_iterator_type(),
        UnpackIterData {
            layout,
            buf,
            at: std::cell::Cell::new(0),
        },
    )
    .into_value())
}

// ----- the Struct type -----

/// Payload of `struct.Struct`.
pub struct StructData {
    layout: PyCell<Option<Rc<Layout>>>,
    format: PyCell<Value>,
}

fn struct_type() -> ObjRef {
    STRUCT_TYPE.with(|t| t.borrow_mut().get_or_insert_with(make_struct_type).clone())
}

/// The layout of a `Struct` instance (a TypeError if it was never initialised).
fn layout_of_struct(ts: &ThreadState, v: &Value) -> PyResult<Rc<Layout>> {
    v.as_obj()
        .and_then(|o| o.downcast::<StructData>())
        .and_then(|d| d.layout.get())
        .ok_or_else(|| ts.type_error("Struct object is not initialized"))
}

fn struct_self<'a>(ts: &ThreadState, a: &'a [Value], name: &str) -> PyResult<&'a Value> {
    a.first()
        .ok_or_else(|| ts.type_error(format!("{name}() needs an argument")))
}

fn make_struct_type() -> ObjRef {
    let ty = make_builtin_type::<StructData>("Struct", &types().object, Slots::default(), true);
    set_slots(&ty, |s| {
        s.new = Some(|_, ty, _, _| {
            Ok(alloc(
                ty,
                StructData {
                    layout: PyCell::new(None),
                    format: PyCell::new(Value::NONE),
                },
            )
            .into_value())
        });
        s.init = Some(|ts, v, a, k| {
            if a.is_empty() {
                return Err(ts.type_error("Struct() missing required argument 'format' (pos 1)"));
            }
            let [fmt] = parse_args(ts, "Struct", a, k, ["format"], 1, 1)?;
            let fmt = fmt.unwrap_or(Value::NONE);
            let layout = layout_of(ts, &fmt)?;
            let fmt_str = match as_bytes(&fmt) {
                Some(b) => new_str(String::from_utf8_lossy(b).into_owned()),
                None => fmt,
            };
            if let Some(d) = v.as_obj().and_then(|o| o.downcast::<StructData>()) {
                drop(d.layout.replace(Some(layout)));
                drop(d.format.replace(fmt_str));
            }
            Ok(())
        });
    });
    add_methods(
        &ty,
        &[
            ("pack", |ts, a, k| {
                crate::call::no_kwargs(ts, "Struct.pack", k)?;
                let s = struct_self(ts, a, "pack")?;
                let l = layout_of_struct(ts, s)?;
                pack(ts, &l, &a[1..])
            }),
            ("pack_into", |ts, a, k| {
                crate::call::no_kwargs(ts, "Struct.pack_into", k)?;
                let s = struct_self(ts, a, "pack_into")?;
                let layout = layout_of_struct(ts, s)?;
                pack_into_args(ts, &layout, &a[1..])
            }),
            ("unpack", |ts, a, k| {
                method_one_arg(ts, "Struct.unpack", a, k)?;
                let l = layout_of_struct(ts, &a[0])?;
                unpack(ts, &l, &a[1])
            }),
            ("unpack_from", |ts, a, k| {
                let s = struct_self(ts, a, "unpack_from")?;
                let layout = layout_of_struct(ts, s)?;
                let rest = a.get(1..).unwrap_or_default();
                if rest.len() == k.len() && !k.iter().any(|n| as_str(n) == Some("buffer")) {
                    return Err(
                        ts.type_error("unpack_from() missing required argument 'buffer' (pos 1)")
                    );
                }
                let [buffer, offset] =
                    parse_args(ts, "unpack_from", rest, k, ["buffer", "offset"], 1, 2)?;
                unpack_from(ts, &layout, &buffer.unwrap_or(Value::NONE), offset.as_ref())
            }),
            ("iter_unpack", |ts, a, k| {
                method_one_arg(ts, "Struct.iter_unpack", a, k)?;
                iter_unpack(ts, layout_of_struct(ts, &a[0])?, &a[1])
            }),
            ("__sizeof__", |ts, a, _| {
                let s = struct_self(ts, a, "__sizeof__")?;
                let n = layout_of_struct(ts, s).map_or(0, |l| l.items.len());
                Ok(int_from_i64(40 + 32 * (n as i64 + 1)))
            }),
        ],
    );
    add_getsets(
        &ty,
        &[
            (
                "format",
                |_, v| {
                    Ok(v.as_obj()
                        .and_then(|o| o.downcast::<StructData>())
                        .map_or(Value::NONE, |d| d.format.get()))
                },
                None,
            ),
            (
                "size",
                |ts, v| Ok(int_from_i64(layout_of_struct(ts, v)?.size as i64)),
                None,
            ),
        ],
    );
    dict_set_str(&type_data(&ty).dict, "__module__", new_str("_struct"));
    finish_runtime_type(&ty);
    ty
}

/// A method taking exactly one argument besides `self`.
fn method_one_arg(ts: &ThreadState, name: &str, a: &[Value], k: &[Value]) -> PyResult<()> {
    crate::call::no_kwargs(ts, name, k)?;
    if a.len() != 2 {
        return Err(ts.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn pack_into_args(ts: &ThreadState, layout: &Layout, a: &[Value]) -> PyResult<Value> {
    match a {
        [] => Err(err(ts, "pack_into expected buffer argument")),
        [_] => Err(err(ts, "pack_into expected offset argument")),
        [buffer, offset, rest @ ..] => pack_into(ts, layout, buffer, offset, rest),
    }
}

/// Exactly `n` positional arguments, with CPython's message for module functions.
fn positional(ts: &ThreadState, name: &str, a: &[Value], k: &[Value], n: usize) -> PyResult<()> {
    crate::call::no_kwargs(ts, &format!("_struct.{name}"), k)?;
    if a.len() != n {
        return Err(ts.type_error(format!("{name} expected {n} arguments, got {}", a.len())));
    }
    Ok(())
}

fn fmt_arg<'a>(ts: &ThreadState, a: &'a [Value]) -> PyResult<&'a Value> {
    a.first()
        .ok_or_else(|| ts.type_error("missing format argument"))
}

/// Fills the `_struct` module namespace.
pub fn make_struct_module(dict: &ObjRef) {
    dict_set_str(
        dict,
        "__doc__",
        new_str(
            "Functions to convert between Python values and C structs.\nPython bytes objects \
             are used to hold the data representing the C struct\nand also as format strings \
             (explained below) to describe the layout of data\nin the C struct.\n",
        ),
    );
    dict_set_str(dict, "error", error_type().into_value());
    dict_set_str(dict, "Struct", struct_type().into_value());
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("pack", |ts, a, k| {
            crate::call::no_kwargs(ts, "_struct.pack", k)?;
            let l = layout_of(ts, fmt_arg(ts, a)?)?;
            pack(ts, &l, &a[1..])
        }),
        ("pack_into", |ts, a, k| {
            crate::call::no_kwargs(ts, "_struct.pack_into", k)?;
            let l = layout_of(ts, fmt_arg(ts, a)?)?;
            pack_into_args(ts, &l, &a[1..])
        }),
        ("unpack", |ts, a, k| {
            positional(ts, "unpack", a, k, 2)?;
            let l = layout_of(ts, &a[0])?;
            unpack(ts, &l, &a[1])
        }),
        ("unpack_from", |ts, a, k| {
            let npos = a.len() - k.len();
            if npos == 0 {
                return Err(
                    ts.type_error("unpack_from() takes at least 1 positional argument (0 given)")
                );
            }
            let l = layout_of(ts, &a[0])?;
            if npos == 1 && !k.iter().any(|n| as_str(n) == Some("buffer")) {
                return Err(
                    ts.type_error("unpack_from() missing required argument 'buffer' (pos 2)")
                );
            }
            let [buffer, offset] =
                parse_args(ts, "unpack_from", &a[1..], k, ["buffer", "offset"], 1, 2)?;
            unpack_from(ts, &l, &buffer.unwrap_or(Value::NONE), offset.as_ref())
        }),
        ("iter_unpack", |ts, a, k| {
            positional(ts, "iter_unpack", a, k, 2)?;
            let l = layout_of(ts, &a[0])?;
            iter_unpack(ts, l, &a[1])
        }),
        ("calcsize", |ts, a, k| {
            crate::call::check_args(ts, "_struct.calcsize", a, k, 1, 1)?;
            Ok(int_from_i64(layout_of(ts, &a[0])?.size as i64))
        }),
        ("_clearcache", |_, _, _| {
            CACHE.with(|c| c.borrow_mut().clear());
            Ok(Value::NONE)
        }),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, new_builtin_function(name, *f, Some("_struct")));
    }
}
