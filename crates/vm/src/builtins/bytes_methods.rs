//! The byte-string methods `bytes` and `bytearray` share (searching, splitting, stripping,
//! padding, ASCII case mapping and predicates), with CPython's argument rules: a
//! subsequence may be a bytes-like object or an int in `range(256)`, `start`/`end` follow
//! slice rules, and results have the receiver's type. See docs/design/object-model.md.

use crate::builtins::str::bytes_like;
use crate::call::{check_method_args, parse_args};
use crate::object::containers::{
    as_bytes, as_tuple, new_bytearray, new_bytes, new_list, new_tuple, ByteArrayData,
};
use crate::object::int::{int_from_i64, is_int};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the shared methods on `bytes` and `bytearray`.
pub fn init() {
    let t = types();
    let methods: &[(&str, crate::object::function::NativeFn)] = &[
        ("startswith", |ts, a, k| starts_ends(ts, a, k, true)),
        ("endswith", |ts, a, k| starts_ends(ts, a, k, false)),
        ("find", |ts, a, k| find(ts, a, k, "find", false, false)),
        ("rfind", |ts, a, k| find(ts, a, k, "rfind", true, false)),
        ("index", |ts, a, k| find(ts, a, k, "index", false, true)),
        ("rindex", |ts, a, k| find(ts, a, k, "rindex", true, true)),
        ("count", count),
        ("split", |ts, a, k| split(ts, a, k, "split", false)),
        ("rsplit", |ts, a, k| split(ts, a, k, "rsplit", true)),
        ("splitlines", splitlines),
        ("partition", |ts, a, k| partition(ts, a, k, false)),
        ("rpartition", |ts, a, k| partition(ts, a, k, true)),
        ("strip", |ts, a, k| strip(ts, a, k, "strip", true, true)),
        ("lstrip", |ts, a, k| strip(ts, a, k, "lstrip", true, false)),
        ("rstrip", |ts, a, k| strip(ts, a, k, "rstrip", false, true)),
        ("upper", |_, a, _| {
            Ok(same_kind(&a[0], data(&a[0]).to_ascii_uppercase()))
        }),
        ("lower", |_, a, _| {
            Ok(same_kind(&a[0], data(&a[0]).to_ascii_lowercase()))
        }),
        ("swapcase", |_, a, _| {
            let out = data(&a[0]).iter().map(|&b| swap(b)).collect();
            Ok(same_kind(&a[0], out))
        }),
        ("title", |_, a, _| Ok(same_kind(&a[0], title(&data(&a[0]))))),
        ("capitalize", |_, a, _| {
            let mut out = data(&a[0]).to_ascii_lowercase();
            if let Some(f) = out.first_mut() {
                f.make_ascii_uppercase();
            }
            Ok(same_kind(&a[0], out))
        }),
        ("isalpha", |_, a, _| pred(&a[0], u8::is_ascii_alphabetic)),
        ("isalnum", |_, a, _| pred(&a[0], u8::is_ascii_alphanumeric)),
        ("isdigit", |_, a, _| pred(&a[0], u8::is_ascii_digit)),
        ("isspace", |_, a, _| pred(&a[0], |b| is_space(*b))),
        ("isascii", |_, a, _| {
            Ok(Value::from_bool(data(&a[0]).is_ascii()))
        }),
        ("islower", |_, a, _| {
            let d = data(&a[0]);
            Ok(Value::from_bool(
                d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
            ))
        }),
        ("isupper", |_, a, _| {
            let d = data(&a[0]);
            Ok(Value::from_bool(
                d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
            ))
        }),
        ("istitle", |_, a, _| {
            Ok(Value::from_bool(istitle(&data(&a[0]))))
        }),
        ("center", |ts, a, k| justify(ts, a, k, "center")),
        ("ljust", |ts, a, k| justify(ts, a, k, "ljust")),
        ("rjust", |ts, a, k| justify(ts, a, k, "rjust")),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("removeprefix", |ts, a, k| {
            check_method_args(ts, "removeprefix", a, k, 1, 1)?;
            let d = data(&a[0]);
            let pfx = bytes_like(ts, &a[1])?;
            let out = d.strip_prefix(pfx.as_slice()).unwrap_or(&d).to_vec();
            Ok(same_kind(&a[0], out))
        }),
        ("removesuffix", |ts, a, k| {
            check_method_args(ts, "removesuffix", a, k, 1, 1)?;
            let d = data(&a[0]);
            let sfx = bytes_like(ts, &a[1])?;
            let out = d.strip_suffix(sfx.as_slice()).unwrap_or(&d).to_vec();
            Ok(same_kind(&a[0], out))
        }),
        ("replace", replace),
        ("translate", translate),
    ];
    add_methods(&t.bytes, methods);
    add_methods(&t.bytearray, methods);
}

/// The bytes of a `bytes`/`bytearray` receiver.
fn data(v: &Value) -> Vec<u8> {
    if let Some(b) = as_bytes(v) {
        return b.to_vec();
    }
    v.as_obj()
        .and_then(|o| o.downcast::<ByteArrayData>())
        .map(|b| b.0.get())
        .unwrap_or_default()
}

/// A result of the receiver's kind (`bytearray` stays `bytearray`).
fn same_kind(v: &Value, out: Vec<u8>) -> Value {
    if v.as_obj().is_some_and(|o| o.is::<ByteArrayData>()) {
        new_bytearray(out)
    } else {
        new_bytes(out)
    }
}

/// ASCII whitespace as `bytes.isspace` sees it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn swap(b: u8) -> u8 {
    if b.is_ascii_lowercase() {
        b.to_ascii_uppercase()
    } else {
        b.to_ascii_lowercase()
    }
}

fn pred(v: &Value, f: impl Fn(&u8) -> bool) -> PyResult<Value> {
    let d = data(v);
    Ok(Value::from_bool(!d.is_empty() && d.iter().all(f)))
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn istitle(d: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// A subsequence argument: bytes-like, or an int in `range(256)` (one byte).
fn sub_arg(ts: &ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    if is_int(v) || type_data(type_of(v)).slots().index.is_some() {
        let n = p::index_i64(ts, v)?;
        if !(0..256).contains(&n) {
            return Err(ts.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![n as u8]);
    }
    bytes_like(ts, v).map_err(|_| {
        ts.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))
    })
}

/// `start`/`end` arguments clamped as slice bounds; `None` when the window is empty because
/// `start > len` or `end < start` (nothing matches there, not even an empty affix).
fn bounds(
    ts: &ThreadState,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let (a, b) = crate::builtins::str::search_bounds(ts, n, start, end)?;
    if a > n || b < a {
        return Ok(None);
    }
    Ok(Some((a as usize, b as usize)))
}

fn starts_ends(ts: &ThreadState, a: &[Value], k: &[Value], starts: bool) -> PyResult<Value> {
    let name = if starts { "startswith" } else { "endswith" };
    if a.len() < 2 {
        return Err(ts.type_error(format!(
            "{name}() takes at least 1 argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    check_method_args(ts, name, a, k, 1, 3)?;
    let d = data(&a[0]);
    let Some((x, y)) = bounds(ts, d.len(), a.get(2), a.get(3))? else {
        return Ok(Value::FALSE);
    };
    let window = &d[x..y];
    let test = |affix: &[u8]| {
        if starts {
            window.starts_with(affix)
        } else {
            window.ends_with(affix)
        }
    };
    let bad = |v: &Value| {
        ts.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(v)
        ))
    };
    if let Some(items) = as_tuple(&a[1]) {
        for it in items {
            let affix = bytes_like(ts, it).map_err(|_| bad(it))?;
            if test(&affix) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let affix = bytes_like(ts, &a[1]).map_err(|_| bad(&a[1]))?;
    Ok(Value::from_bool(test(&affix)))
}

/// The position of `needle` in `hay` (first or last).
fn position(hay: &[u8], needle: &[u8], last: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let n = hay.len() - needle.len();
    if last {
        (0..=n).rev().find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        (0..=n).find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

fn find(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    name: &str,
    last: bool,
    raise: bool,
) -> PyResult<Value> {
    check_method_args(ts, name, a, k, 1, 3)?;
    let d = data(&a[0]);
    let needle = sub_arg(ts, &a[1])?;
    let found = bounds(ts, d.len(), a.get(2), a.get(3))?
        .and_then(|(x, y)| position(&d[x..y], &needle, last).map(|i| i + x));
    match found {
        Some(i) => Ok(int_from_i64(i as i64)),
        None if raise => Err(ts.value_error("subsection not found")),
        None => Ok(int_from_i64(-1)),
    }
}

fn count(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_method_args(ts, "count", a, k, 1, 3)?;
    let d = data(&a[0]);
    let needle = sub_arg(ts, &a[1])?;
    let Some((x, y)) = bounds(ts, d.len(), a.get(2), a.get(3))? else {
        return Ok(int_from_i64(0));
    };
    let hay = &d[x..y];
    if needle.is_empty() {
        return Ok(int_from_i64(hay.len() as i64 + 1));
    }
    let (mut i, mut n) = (0, 0);
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle.as_slice() {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    Ok(int_from_i64(n))
}

fn split(ts: &ThreadState, a: &[Value], k: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let [this, sep, maxsplit] = parse_args(ts, name, a, k, ["self", "sep", "maxsplit"], 1, 3)?;
    let this = this.unwrap_or(Value::NONE);
    let d = data(&this);
    let maxsplit = match maxsplit {
        Some(m) => p::index_i64(ts, &m)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep.filter(|s| !s.is_none()) {
        Some(s) => {
            let sep = bytes_like(ts, &s)?;
            if sep.is_empty() {
                return Err(ts.value_error("empty separator"));
            }
            let mut rest: &[u8] = &d;
            loop {
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    break;
                }
                match position(rest, &sep, right) {
                    Some(i) if right => {
                        parts.push(rest[i + sep.len()..].to_vec());
                        rest = &rest[..i];
                    }
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut rest: &[u8] = &d;
            loop {
                rest = if right {
                    trim_end(rest, |b| is_space(*b))
                } else {
                    trim_start(rest, |b| is_space(*b))
                };
                if rest.is_empty() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(rest.to_vec());
                    break;
                }
                if right {
                    let i = rest.iter().rposition(|b| is_space(*b)).map_or(0, |i| i + 1);
                    parts.push(rest[i..].to_vec());
                    rest = &rest[..i];
                } else {
                    let i = rest.iter().position(|b| is_space(*b)).unwrap_or(rest.len());
                    parts.push(rest[..i].to_vec());
                    rest = &rest[i..];
                }
            }
        }
    }
    if right {
        parts.reverse();
    }
    Ok(new_list(
        parts.into_iter().map(|x| same_kind(&this, x)).collect(),
    ))
}

fn trim_start(d: &[u8], f: impl Fn(&u8) -> bool) -> &[u8] {
    let i = d.iter().position(|b| !f(b)).unwrap_or(d.len());
    &d[i..]
}

fn trim_end(d: &[u8], f: impl Fn(&u8) -> bool) -> &[u8] {
    let i = d.iter().rposition(|b| !f(b)).map_or(0, |i| i + 1);
    &d[..i]
}

fn splitlines(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [this, keepends] = parse_args(ts, "splitlines", a, k, ["self", "keepends"], 1, 2)?;
    let this = this.unwrap_or(Value::NONE);
    let keep = match keepends {
        Some(v) => p::index_i64(ts, &v)? != 0,
        None => false,
    };
    let d = data(&this);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let eol = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            out.push(same_kind(&this, d[start..end].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(same_kind(&this, d[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn partition(ts: &ThreadState, a: &[Value], k: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    check_method_args(ts, name, a, k, 1, 1)?;
    let d = data(&a[0]);
    let sep = bytes_like(ts, &a[1])?;
    if sep.is_empty() {
        return Err(ts.value_error("empty separator"));
    }
    let this = &a[0];
    let parts = match position(&d, &sep, right) {
        Some(i) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), d],
        None => [d, Vec::new(), Vec::new()],
    };
    Ok(new_tuple(
        parts.into_iter().map(|x| same_kind(this, x)).collect(),
    ))
}

fn strip(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    check_method_args(ts, name, a, k, 0, 1)?;
    let d = data(&a[0]);
    let chars = match a.get(1) {
        Some(c) if !c.is_none() => Some(bytes_like(ts, c)?),
        _ => None,
    };
    let f = |b: &u8| match &chars {
        Some(cs) => cs.contains(b),
        None => is_space(*b),
    };
    let mut r: &[u8] = &d;
    if left {
        r = trim_start(r, f);
    }
    if right {
        r = trim_end(r, f);
    }
    Ok(same_kind(&a[0], r.to_vec()))
}

fn justify(ts: &ThreadState, a: &[Value], k: &[Value], name: &str) -> PyResult<Value> {
    check_method_args(ts, name, a, k, 1, 2)?;
    let d = data(&a[0]);
    let width = p::index_i64(ts, &a[1])?;
    let fill = match a.get(2) {
        Some(f) => match bytes_like(ts, f) {
            Ok(b) if b.len() == 1 => b[0],
            _ => {
                return Err(ts.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                )))
            }
        },
        None => b' ',
    };
    let n = d.len() as i64;
    if width <= n {
        return Ok(same_kind(&a[0], d));
    }
    let total = (width - n) as usize;
    let (left, right) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        // CPython's centring puts the odd byte on the left when the width is odd.
        _ => {
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(same_kind(&a[0], out))
}

fn zfill(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_method_args(ts, "zfill", a, k, 1, 1)?;
    let d = data(&a[0]);
    let width = p::index_i64(ts, &a[1])?;
    if width <= d.len() as i64 {
        return Ok(same_kind(&a[0], d));
    }
    let pad = width as usize - d.len();
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => (&d[..1], &d[1..]),
        _ => (&d[..0], &d[..]),
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', pad));
    out.extend_from_slice(rest);
    Ok(same_kind(&a[0], out))
}

fn expandtabs(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [this, tabsize] = parse_args(ts, "expandtabs", a, k, ["self", "tabsize"], 1, 2)?;
    let this = this.unwrap_or(Value::NONE);
    let size = match tabsize {
        Some(t) => p::index_i64(ts, &t)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for b in data(&this) {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(same_kind(&this, out))
}

fn replace(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_method_args(ts, "replace", a, k, 2, 3)?;
    let d = data(&a[0]);
    let old = bytes_like(ts, &a[1])?;
    let new = bytes_like(ts, &a[2])?;
    let mut count = match a.get(3) {
        Some(c) => p::index_i64(ts, c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end.
        for &b in &d {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(b);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(&a[0], out));
    }
    let mut i = 0;
    while i < d.len() {
        if count != 0 && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(same_kind(&a[0], out))
}

fn translate(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [this, table, delete] =
        parse_args(ts, "translate", a, k, ["self", "table", "delete"], 2, 3)?;
    let this = this.unwrap_or(Value::NONE);
    let table = table.unwrap_or(Value::NONE);
    let table = if table.is_none() {
        None
    } else {
        let t = bytes_like(ts, &table)?;
        if t.len() != 256 {
            return Err(ts.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => bytes_like(ts, &d)?,
        None => Vec::new(),
    };
    let out = data(&this)
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(same_kind(&this, out))
}
