//! The `_codecs` module under CPython's pure-Python `codecs` module and the `encodings`
//! package: the codec search-function registry (`register`/`unregister`/`lookup`, with a
//! cache of normalised names), the error-handler registry (`register_error`/`lookup_error`
//! and the builtin handlers), and the per-codec functions the `encodings` modules call
//! (`utf_8_decode`, `charmap_encode`, ...). `str.encode`/`bytes.decode` share the codec
//! engine here. See docs/design/stdlib-bridge.md.
//!
//! Ferrum's `str` cannot hold lone surrogates, so `surrogateescape` and `surrogatepass`
//! only succeed where no surrogate would be produced (they otherwise act like `strict`),
//! and `namereplace` writes `\N{NAME}` (or `\xNN`/`\uNNNN` for unnamed characters).

use std::cell::RefCell;
use std::collections::HashMap;

use crate::call::parse_args;
use crate::error::PyErr;
use crate::object::containers::{as_bytes, as_tuple, new_bytes, new_dict, new_tuple};
use crate::object::int::{as_i64, int_from_i64};
use crate::object::str::{as_str, new_str};
use crate::object::ObjRef;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{dict_set_str, types};
use crate::value::Value;
use crate::PyResult;

thread_local! {
    /// The interpreter the state below belongs to (its `InterpreterState` address).
    static OWNER: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Registered search functions, in registration order.
    static SEARCH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Whether `encodings` has been imported (it registers its search function).
    static INITIALISED: RefCell<bool> = const { RefCell::new(false) };
    /// Normalised encoding name -> CodecInfo.
    static CACHE: RefCell<HashMap<String, Value>> = RefCell::new(HashMap::new());
    /// User-registered error handlers (the builtin ones are made on demand).
    static HANDLERS: RefCell<HashMap<String, Value>> = RefCell::new(HashMap::new());
    /// The function objects of the builtin handlers, made when first looked up.
    static BUILTINS: RefCell<HashMap<String, Value>> = RefCell::new(HashMap::new());
}

const BUILTIN_HANDLERS: [&str; 8] = [
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "xmlcharrefreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
];

// ---- registry -------------------------------------------------------------------------

/// Starts the registries afresh when a new interpreter runs on this thread. The previous
/// interpreter's objects are leaked rather than released, as it may be gone.
fn sync(ts: &ThreadState) {
    let id = std::ptr::from_ref(ts.interp) as usize;
    if OWNER.with(std::cell::Cell::get) == id {
        return;
    }
    OWNER.with(|o| o.set(id));
    std::mem::forget(SEARCH.with(|s| std::mem::take(&mut *s.borrow_mut())));
    std::mem::forget(CACHE.with(|c| std::mem::take(&mut *c.borrow_mut())));
    std::mem::forget(HANDLERS.with(|h| std::mem::take(&mut *h.borrow_mut())));
    std::mem::forget(BUILTINS.with(|h| std::mem::take(&mut *h.borrow_mut())));
    INITIALISED.with(|i| *i.borrow_mut() = false);
}

/// The name `lookup` caches under: ASCII lower case, spaces become underscores.
fn normalise_lookup_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `codecs.lookup(encoding)`: the CodecInfo for an encoding, through the search functions.
pub fn lookup(ts: &ThreadState, encoding: &str) -> PyResult<Value> {
    sync(ts);
    let key = normalise_lookup_name(encoding);
    if let Some(v) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(v);
    }
    if !INITIALISED.with(|i| *i.borrow()) {
        INITIALISED.with(|i| *i.borrow_mut() = true);
        crate::import::import_module(ts, "encodings")?;
    }
    let funcs = SEARCH.with(|s| s.borrow().clone());
    for f in funcs {
        let r = p::call(ts, &f, &[new_str(key.clone())], &[])?;
        if r.is_none() {
            continue;
        }
        if as_tuple(&r).is_none_or(|t| t.len() != 4) {
            return Err(ts.type_error("codec search functions must return 4-tuples"));
        }
        CACHE.with(|c| c.borrow_mut().insert(key, r.clone()));
        return Ok(r);
    }
    Err(ts.new_error(
        &types().lookup_error,
        format!("unknown encoding: {encoding}"),
    ))
}

fn str_arg(ts: &ThreadState, v: &Option<Value>, fname: &str, what: &str) -> PyResult<String> {
    match v {
        Some(x) => as_str(x).map(str::to_string).ok_or_else(|| {
            ts.type_error(format!(
                "{fname}() argument {what}{}must be str, not {}",
                if what.is_empty() { "" } else { " " },
                p::type_name(x)
            ))
        }),
        None => Ok(String::new()),
    }
}

/// The `errors` argument: `None`/missing means `strict`.
fn errors_arg(ts: &ThreadState, v: &Option<Value>, fname: &str) -> PyResult<String> {
    match v {
        Some(x) if !x.is_none() => str_arg(ts, v, fname, "'errors'"),
        _ => Ok("strict".to_string()),
    }
}

fn lookup_error(ts: &ThreadState, name: &str) -> PyResult<Value> {
    sync(ts);
    if let Some(h) = HANDLERS.with(|h| h.borrow().get(name).cloned()) {
        return Ok(h);
    }
    if let Some(h) = BUILTINS.with(|h| h.borrow().get(name).cloned()) {
        return Ok(h);
    }
    if let Some(n) = BUILTIN_HANDLERS.iter().find(|n| **n == name) {
        let f: crate::object::function::NativeFn = match *n {
            "strict" => |ts, a, _| builtin_handler(ts, a, "strict"),
            "ignore" => |ts, a, _| builtin_handler(ts, a, "ignore"),
            "replace" => |ts, a, _| builtin_handler(ts, a, "replace"),
            "backslashreplace" => |ts, a, _| builtin_handler(ts, a, "backslashreplace"),
            "xmlcharrefreplace" => |ts, a, _| builtin_handler(ts, a, "xmlcharrefreplace"),
            "namereplace" => |ts, a, _| builtin_handler(ts, a, "namereplace"),
            "surrogateescape" => |ts, a, _| builtin_handler(ts, a, "surrogateescape"),
            _ => |ts, a, _| builtin_handler(ts, a, "surrogatepass"),
        };
        let fname = format!("{n}_errors");
        let v = p::new_builtin_function(Box::leak(fname.into_boxed_str()), f, Some("_codecs"));
        BUILTINS.with(|h| h.borrow_mut().insert(name.to_string(), v.clone()));
        return Ok(v);
    }
    Err(ts.new_error(
        &types().lookup_error,
        format!("unknown error handler name '{name}'"),
    ))
}

/// A builtin error handler called from Python with a UnicodeError instance.
fn builtin_handler(ts: &ThreadState, a: &[Value], name: &str) -> PyResult<Value> {
    let Some(exc) = a.first() else {
        return Err(ts.type_error(format!(
            "{name}_errors() takes exactly one argument (0 given)"
        )));
    };
    let t = types();
    let is_dec = p::is_instance_of(exc, &t.unicode_decode_error);
    let is_enc = p::is_instance_of(exc, &t.unicode_encode_error);
    if !is_dec && !is_enc {
        if name == "strict" && p::is_instance_of(exc, &t.base_exception) {
            return Err(PyErr(
                exc.as_obj().cloned().ok_or_else(|| ts.type_error("bad"))?,
            ));
        }
        return Err(ts.type_error(format!(
            "don't know how to handle {} in error callback",
            p::type_name(exc)
        )));
    }
    let get = |n: &str| p::getattr_str(ts, exc, n);
    let start = as_i64(&get("start")?).unwrap_or(0).max(0) as usize;
    let end = as_i64(&get("end")?).unwrap_or(0).max(0) as usize;
    let obj = get("object")?;
    if name == "strict" || name == "surrogateescape" || name == "surrogatepass" {
        return Err(PyErr(
            exc.as_obj().cloned().ok_or_else(|| ts.type_error("bad"))?,
        ));
    }
    let rep = if is_dec {
        let data = crate::builtins::str::bytes_like(ts, &obj)?;
        let bytes = data.get(start..end.min(data.len())).unwrap_or_default();
        match name {
            "ignore" => String::new(),
            "replace" => "\u{fffd}".to_string(),
            "backslashreplace" => bytes.iter().map(|b| format!("\\x{b:02x}")).collect(),
            _ => {
                return Err(
                    ts.type_error("don't know how to handle UnicodeDecodeError in error callback")
                )
            }
        }
    } else {
        let chars: Vec<char> = as_str(&obj).unwrap_or("").chars().collect();
        let span = chars.get(start..end.min(chars.len())).unwrap_or_default();
        span.iter()
            .map(|c| encode_replacement(name, *c))
            .collect::<String>()
    };
    Ok(new_tuple(vec![new_str(rep), int_from_i64(end as i64)]))
}

/// The text an encode error handler puts in place of one character.
fn encode_replacement(handler: &str, c: char) -> String {
    let cp = c as u32;
    match handler {
        "ignore" => String::new(),
        "replace" => "?".to_string(),
        "xmlcharrefreplace" => format!("&#{cp};"),
        "namereplace" => match unicode_names2::name(c) {
            Some(n) => format!("\\N{{{n}}}"),
            None => escape_code_point(cp),
        },
        _ => escape_code_point(cp),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn escape_code_point(cp: u32) -> String {
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

// ---- error handling inside codecs ------------------------------------------------------

fn raise_exc(ts: &ThreadState, ty: &ObjRef, args: Vec<Value>) -> PyErr {
    match p::call(ts, ty.as_value(), &args, &[]) {
        Ok(v) => match v.as_obj() {
            Some(o) => PyErr(o.clone()),
            None => ts.type_error("exception creation failed"),
        },
        Err(e) => e,
    }
}

/// A `UnicodeDecodeError(encoding, data, start, end, reason)`.
pub fn decode_error(
    ts: &ThreadState,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    raise_exc(
        ts,
        &types().unicode_decode_error,
        vec![
            new_str(enc),
            new_bytes(data.to_vec()),
            int_from_i64(start as i64),
            int_from_i64(end as i64),
            new_str(reason),
        ],
    )
}

/// A `UnicodeEncodeError(encoding, text, start, end, reason)`.
pub fn encode_error(
    ts: &ThreadState,
    enc: &str,
    text: &[char],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    raise_exc(
        ts,
        &types().unicode_encode_error,
        vec![
            new_str(enc),
            new_str(text.iter().collect::<String>()),
            int_from_i64(start as i64),
            int_from_i64(end as i64),
            new_str(reason),
        ],
    )
}

/// Resolves a position returned by an error handler.
fn handler_pos(ts: &ThreadState, pos: &Value, len: usize) -> PyResult<usize> {
    let n = p::index_i64(ts, pos)?;
    let m = if n < 0 { n + len as i64 } else { n };
    if m < 0 || m > len as i64 {
        return Err(ts.index_error(format!("position {n} from error handler out of bounds")));
    }
    Ok(m as usize)
}

/// Handles a decoding error at `data[start..end]`: appends the replacement to `out` and
/// returns where decoding resumes.
#[allow(clippy::too_many_arguments)]
fn on_decode_error(
    ts: &ThreadState,
    enc: &str,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<usize> {
    sync(ts);
    let custom = HANDLERS.with(|h| h.borrow().get(errors).cloned());
    match (errors, custom) {
        (_, Some(h)) => {
            let exc = decode_error(ts, enc, data, start, end, reason);
            let r = p::call(ts, &h, &[exc.value().clone()], &[])?;
            let bad = || ts.type_error("decoding error handler must return (str, int) tuple");
            let t = as_tuple(&r).filter(|t| t.len() == 2).ok_or_else(bad)?;
            let s = as_str(&t[0]).ok_or_else(bad)?;
            out.push_str(s);
            handler_pos(ts, &t[1], data.len())
        }
        ("ignore", None) => Ok(end),
        ("replace", None) => {
            out.push('\u{fffd}');
            Ok(end)
        }
        ("backslashreplace", None) => {
            for b in data.get(start..end).unwrap_or_default() {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(end)
        }
        ("strict" | "surrogateescape" | "surrogatepass", None) => {
            Err(decode_error(ts, enc, data, start, end, reason))
        }
        ("xmlcharrefreplace" | "namereplace", None) => {
            Err(ts.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        (name, None) => Err(ts.new_error(
            &types().lookup_error,
            format!("unknown error handler name '{name}'"),
        )),
    }
}

/// Handles an encoding error at `text[start..end]`; `enc_char` encodes one character of
/// a replacement (None when the codec cannot). Returns where encoding resumes.
#[allow(clippy::too_many_arguments)]
fn on_encode_error(
    ts: &ThreadState,
    enc: &str,
    errors: &str,
    text: &[char],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u8>,
    enc_char: &dyn Fn(char) -> Option<Vec<u8>>,
) -> PyResult<usize> {
    sync(ts);
    let custom = HANDLERS.with(|h| h.borrow().get(errors).cloned());
    let rep: String = match (errors, custom) {
        (_, Some(h)) => {
            let exc = encode_error(ts, enc, text, start, end, reason);
            let r = p::call(ts, &h, &[exc.value().clone()], &[])?;
            let bad = || ts.type_error("encoding error handler must return (str/bytes, int) tuple");
            let t = as_tuple(&r).filter(|t| t.len() == 2).ok_or_else(bad)?;
            let pos = handler_pos(ts, &t[1], text.len())?;
            if let Some(b) = as_bytes(&t[0]) {
                out.extend_from_slice(b);
                return Ok(pos);
            }
            let s = as_str(&t[0]).ok_or_else(bad)?;
            for c in s.chars() {
                match enc_char(c) {
                    Some(b) => out.extend(b),
                    None => return Err(encode_error(ts, enc, text, start, end, reason)),
                }
            }
            return Ok(pos);
        }
        ("ignore", None) => String::new(),
        ("replace" | "backslashreplace" | "xmlcharrefreplace" | "namereplace", None) => text
            .get(start..end)
            .unwrap_or_default()
            .iter()
            .map(|c| encode_replacement(errors, *c))
            .collect(),
        ("strict" | "surrogateescape" | "surrogatepass", None) => {
            return Err(encode_error(ts, enc, text, start, end, reason))
        }
        (name, None) => {
            return Err(ts.new_error(
                &types().lookup_error,
                format!("unknown error handler name '{name}'"),
            ))
        }
    };
    for c in rep.chars() {
        match enc_char(c) {
            Some(b) => out.extend(b),
            None => return Err(encode_error(ts, enc, text, start, end, reason)),
        }
    }
    Ok(end)
}

// ---- the codecs -------------------------------------------------------------------------

/// UTF-8 decoding; with `final_` false an incomplete sequence at the end is left
/// unconsumed. Returns the text and the bytes consumed.
pub fn utf8_decode(
    ts: &ThreadState,
    data: &[u8],
    errors: &str,
    final_: bool,
) -> PyResult<(String, usize)> {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok((s.to_string(), data.len()));
    }
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let rest = data.get(i..).unwrap_or_default();
        let valid = match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => e.valid_up_to(),
        };
        if let Ok(s) = std::str::from_utf8(rest.get(..valid).unwrap_or_default()) {
            out.push_str(s);
        }
        i += valid;
        let lead = data.get(i).copied().unwrap_or(0);
        let (need, lo, hi) = match lead {
            0xc2..=0xdf => (1, 0x80, 0xbf),
            0xe0 => (2, 0xa0, 0xbf),
            0xed => (2, 0x80, 0x9f),
            0xe1..=0xef => (2, 0x80, 0xbf),
            0xf0 => (3, 0x90, 0xbf),
            0xf4 => (3, 0x80, 0x8f),
            0xf1..=0xf3 => (3, 0x80, 0xbf),
            _ => {
                i = on_decode_error(
                    ts,
                    "utf-8",
                    errors,
                    data,
                    i,
                    i + 1,
                    "invalid start byte",
                    &mut out,
                )?;
                continue;
            }
        };
        // Count the valid continuation bytes after the lead byte.
        let mut k = 1;
        while k <= need {
            let Some(&b) = data.get(i + k) else { break };
            let ok = if k == 1 {
                (lo..=hi).contains(&b)
            } else {
                (0x80..=0xbf).contains(&b)
            };
            if !ok {
                break;
            }
            k += 1;
        }
        if i + k >= data.len() && k <= need {
            // Truncated at the end of the data.
            if !final_ {
                return Ok((out, i));
            }
            i = on_decode_error(
                ts,
                "utf-8",
                errors,
                data,
                i,
                data.len(),
                "unexpected end of data",
                &mut out,
            )?;
            continue;
        }
        i = on_decode_error(
            ts,
            "utf-8",
            errors,
            data,
            i,
            i + k,
            "invalid continuation byte",
            &mut out,
        )?;
    }
    Ok((out, data.len()))
}

/// Single-byte decoding: bytes below `limit` map to the same code point.
fn decode_below(
    ts: &ThreadState,
    data: &[u8],
    errors: &str,
    limit: u32,
    enc: &str,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data.get(i).copied().unwrap_or(0);
        if u32::from(b) < limit {
            out.push(char::from(b));
            i += 1;
        } else {
            let reason = format!("ordinal not in range({limit})");
            i = on_decode_error(ts, enc, errors, data, i, i + 1, &reason, &mut out)?;
        }
    }
    Ok(out)
}

/// Single-byte encoding: code points below `limit` become one byte.
fn encode_below(
    ts: &ThreadState,
    s: &str,
    errors: &str,
    limit: u32,
    enc: &str,
) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let text: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    let enc_char = |c: char| ((c as u32) < limit).then(|| vec![c as u32 as u8]);
    while let Some(&c) = text.get(i) {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
        } else {
            // CPython reports the whole run of unencodable characters.
            let mut end = i + 1;
            while text.get(end).is_some_and(|c| (*c as u32) >= limit) {
                end += 1;
            }
            let reason = format!("ordinal not in range({limit})");
            i = on_encode_error(ts, enc, errors, &text, i, end, &reason, &mut out, &enc_char)?;
        }
    }
    Ok(out)
}

/// UTF-16/UTF-32 encoding; `bom` writes a byte order mark first.
fn encode_wide(s: &str, unit: usize, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * unit + unit);
    let mut push = |v: u32| match (unit, big_endian) {
        (2, false) => out.extend((v as u16).to_le_bytes()),
        (2, true) => out.extend((v as u16).to_be_bytes()),
        (_, false) => out.extend(v.to_le_bytes()),
        (_, true) => out.extend(v.to_be_bytes()),
    };
    if bom {
        push(0xfeff);
    }
    for c in s.chars() {
        if unit == 2 {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                push(u32::from(*u));
            }
        } else {
            push(c as u32);
        }
    }
    out
}

/// UTF-16/UTF-32 decoding. `order`: -1 little endian, 1 big endian, 0 detect a BOM
/// (little endian without one). Returns the text, bytes consumed and the byte order used
/// (as `utf_16_ex_decode` reports it).
fn decode_wide(
    ts: &ThreadState,
    data: &[u8],
    unit: usize,
    order: i32,
    errors: &str,
    final_: bool,
) -> PyResult<(String, usize, i32)> {
    let mut order = order;
    let mut i = 0;
    if order == 0 {
        let (le, be): (&[u8], &[u8]) = if unit == 2 {
            (b"\xff\xfe", b"\xfe\xff")
        } else {
            (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
        };
        if data.starts_with(le) {
            order = -1;
            i = unit;
        } else if data.starts_with(be) {
            order = 1;
            i = unit;
        } else if data.len() < unit && !final_ {
            return Ok((String::new(), 0, 0));
        }
    }
    let big = order == 1;
    let base = if unit == 2 { "utf-16" } else { "utf-32" };
    let enc = format!("{base}-{}", if big { "be" } else { "le" });
    let read = |at: usize| -> Option<u32> {
        let c = data.get(at..at + unit)?;
        Some(match (unit, big) {
            (2, false) => u32::from(u16::from_le_bytes([c[0], c[1]])),
            (2, true) => u32::from(u16::from_be_bytes([c[0], c[1]])),
            (_, false) => u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
            (_, true) => u32::from_be_bytes([c[0], c[1], c[2], c[3]]),
        })
    };
    let mut out = String::with_capacity(data.len() / unit);
    while i < data.len() {
        let Some(u) = read(i) else {
            if !final_ {
                break;
            }
            i = on_decode_error(
                ts,
                &enc,
                errors,
                data,
                i,
                data.len(),
                "truncated data",
                &mut out,
            )?;
            continue;
        };
        if unit == 4 {
            match char::from_u32(u) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                }
                None => {
                    let why = if u > 0x10ffff {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    i = on_decode_error(ts, &enc, errors, data, i, i + 4, why, &mut out)?;
                }
            }
            continue;
        }
        if let Some(c) = char::from_u32(u) {
            out.push(c);
            i += 2;
            continue;
        }
        if (0xdc00..0xe000).contains(&u) {
            i = on_decode_error(
                ts,
                &enc,
                errors,
                data,
                i,
                i + 2,
                "illegal encoding",
                &mut out,
            )?;
            continue;
        }
        // A high surrogate: needs a low one next.
        match read(i + 2) {
            Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                let cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                i += 4;
            }
            Some(_) => {
                i = on_decode_error(
                    ts,
                    &enc,
                    errors,
                    data,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                    &mut out,
                )?;
            }
            None => {
                if !final_ {
                    break;
                }
                i = on_decode_error(
                    ts,
                    &enc,
                    errors,
                    data,
                    i,
                    data.len(),
                    "unexpected end of data",
                    &mut out,
                )?;
            }
        }
    }
    Ok((out, i.min(data.len()), order))
}

/// The codecs `str.encode`/`bytes.decode` run natively: (kind, unit, order).
enum Native {
    Utf8,
    Ascii,
    Latin1,
    Wide(usize, i32),
}

fn native_codec(enc: &str) -> Option<Native> {
    let n = enc.to_ascii_lowercase().replace(['-', ' '], "_");
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" => Native::Utf8,
        "ascii" | "us_ascii" | "646" => Native::Ascii,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" | "8859" | "cp819" | "latin" => {
            Native::Latin1
        }
        "utf_16" | "utf16" => Native::Wide(2, 0),
        "utf_16_le" | "utf_16le" => Native::Wide(2, -1),
        "utf_16_be" | "utf_16be" => Native::Wide(2, 1),
        "utf_32" | "utf32" => Native::Wide(4, 0),
        "utf_32_le" | "utf_32le" => Native::Wide(4, -1),
        "utf_32_be" | "utf_32be" => Native::Wide(4, 1),
        _ => return None,
    })
}

/// `str.encode(enc, errors)`: native codecs directly, others through `codecs.lookup`.
pub fn encode_str(ts: &ThreadState, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    match native_codec(enc) {
        Some(Native::Utf8) => Ok(s.as_bytes().to_vec()),
        Some(Native::Ascii) => encode_below(ts, s, errors, 128, "ascii"),
        Some(Native::Latin1) => encode_below(ts, s, errors, 256, "latin-1"),
        Some(Native::Wide(unit, order)) => Ok(encode_wide(s, unit, order == 1, order == 0)),
        None => {
            let info = text_codec(ts, enc)?;
            let f = p::getattr_str(ts, &info, "encode")?;
            let r = p::call(ts, &f, &[new_str(s), new_str(errors)], &[])
                .map_err(|e| wrap_codec_error(ts, e, enc, true))?;
            let item = as_tuple(&r)
                .and_then(|t| t.first().cloned())
                .ok_or_else(|| ts.type_error("encoder must return a tuple (object, integer)"))?;
            as_bytes(&item).map(<[u8]>::to_vec).ok_or_else(|| {
                ts.type_error(format!(
                    "'{enc}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                    p::type_name(&item)
                ))
            })
        }
    }
}

/// `bytes.decode(enc, errors)`.
pub fn decode_bytes(ts: &ThreadState, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    match native_codec(enc) {
        Some(Native::Utf8) => Ok(utf8_decode(ts, b, errors, true)?.0),
        Some(Native::Ascii) => decode_below(ts, b, errors, 128, "ascii"),
        Some(Native::Latin1) => Ok(b.iter().map(|x| char::from(*x)).collect()),
        Some(Native::Wide(unit, order)) => Ok(decode_wide(ts, b, unit, order, errors, true)?.0),
        None => {
            let info = text_codec(ts, enc)?;
            let f = p::getattr_str(ts, &info, "decode")?;
            let r = p::call(ts, &f, &[new_bytes(b.to_vec()), new_str(errors)], &[])
                .map_err(|e| wrap_codec_error(ts, e, enc, false))?;
            let item = as_tuple(&r)
                .and_then(|t| t.first().cloned())
                .ok_or_else(|| ts.type_error("decoder must return a tuple (object,integer)"))?;
            as_str(&item).map(str::to_string).ok_or_else(|| {
                ts.type_error(format!(
                    "'{enc}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                    p::type_name(&item)
                ))
            })
        }
    }
}

/// Re-raises a plain exception from a codec as "encoding with 'x' codec failed
/// (Type: message)" of the same type, chained to the original, as CPython does for
/// exceptions it can safely recreate.
fn wrap_codec_error(ts: &ThreadState, err: PyErr, enc: &str, encode: bool) -> PyErr {
    let ty = err.type_obj();
    let t = types();
    let simple = [
        &t.type_error,
        &t.value_error,
        &t.lookup_error,
        &t.attribute_error,
    ];
    if !simple.iter().any(|s| s.as_value().is(ty.as_value())) {
        return err;
    }
    let msg = p::str_string(ts, err.value()).unwrap_or_default();
    let what = if encode { "encoding" } else { "decoding" };
    let new = ts.new_error(
        &ty,
        format!(
            "{what} with '{enc}' codec failed ({}: {msg})",
            p::tp_name(&ty)
        ),
    );
    if let Some(ed) = new.0.downcast::<crate::object::misc::ExceptionData>() {
        drop(ed.cause.replace(err.value().clone()));
        ed.suppress_context.replace(true);
    }
    new
}

/// The CodecInfo of a text encoding (`str.encode`/`bytes.decode` refuse the others).
fn text_codec(ts: &ThreadState, enc: &str) -> PyResult<Value> {
    let info = lookup(ts, enc)?;
    if let Some(flag) = p::getattr_opt(ts, &info, "_is_text_encoding")? {
        if !p::truthy(ts, &flag)? {
            return Err(ts.new_error(
                &types().lookup_error,
                format!("'{enc}' is not a text encoding; use codecs.encode() to handle arbitrary codecs"),
            ));
        }
    }
    Ok(info)
}

// ---- charmap --------------------------------------------------------------------------

fn charmap_decode(
    ts: &ThreadState,
    data: &[u8],
    errors: &str,
    mapping: &Value,
) -> PyResult<String> {
    if mapping.is_none() {
        return Ok(data.iter().map(|x| char::from(*x)).collect());
    }
    let table: Option<Vec<char>> = as_str(mapping).map(|s| s.chars().collect());
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        let found: Option<String> = match &table {
            Some(t) => t
                .get(usize::from(b))
                .filter(|c| **c != '\u{fffe}')
                .map(|c| c.to_string()),
            None => match p::getitem(ts, mapping, &int_from_i64(i64::from(b))) {
                Ok(v) if v.is_none() => None,
                Ok(v) => {
                    if let Some(s) = as_str(&v) {
                        (s != "\u{fffe}").then(|| s.to_string())
                    } else if let Some(n) = as_i64(&v) {
                        match u32::try_from(n).ok().and_then(char::from_u32) {
                            Some('\u{fffe}') => None,
                            Some(c) => Some(c.to_string()),
                            None => {
                                return Err(
                                    ts.type_error("character mapping must be in range(0x110000)")
                                )
                            }
                        }
                    } else {
                        return Err(
                            ts.type_error("character mapping must return integer, None or str")
                        );
                    }
                }
                Err(e) if p::is_instance_of(e.value(), &types().lookup_error) => None,
                Err(e) => return Err(e),
            },
        };
        match found {
            Some(s) => {
                out.push_str(&s);
                i += 1;
            }
            None => {
                i = on_decode_error(
                    ts,
                    "charmap",
                    errors,
                    data,
                    i,
                    i + 1,
                    "character maps to <undefined>",
                    &mut out,
                )?;
            }
        }
    }
    Ok(out)
}

/// One character through an encoding map (a dict of code point -> int/bytes/None).
fn charmap_lookup(ts: &ThreadState, mapping: &Value, c: char) -> PyResult<Option<Vec<u8>>> {
    match p::getitem(ts, mapping, &int_from_i64(i64::from(c as u32))) {
        Ok(v) if v.is_none() => Ok(None),
        Ok(v) => {
            if let Some(b) = as_bytes(&v) {
                Ok(Some(b.to_vec()))
            } else if let Some(n) = as_i64(&v) {
                match u8::try_from(n) {
                    Ok(b) => Ok(Some(vec![b])),
                    Err(_) => Err(ts.type_error("character mapping must be in range(256)")),
                }
            } else {
                Err(ts.type_error("character mapping must return integer, bytes or None, not str"))
            }
        }
        Err(e) if p::is_instance_of(e.value(), &types().lookup_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn charmap_encode(ts: &ThreadState, s: &str, errors: &str, mapping: &Value) -> PyResult<Vec<u8>> {
    if mapping.is_none() {
        return encode_below(ts, s, errors, 256, "latin-1");
    }
    let text: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    // Replacement characters are looked up eagerly (errors there are reported as unencodable).
    let enc_char = |c: char| charmap_lookup(ts, mapping, c).ok().flatten();
    while let Some(&c) = text.get(i) {
        if let Some(b) = charmap_lookup(ts, mapping, c)? {
            out.extend(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while let Some(&d) = text.get(end) {
            if charmap_lookup(ts, mapping, d)?.is_some() {
                break;
            }
            end += 1;
        }
        i = on_encode_error(
            ts,
            "charmap",
            errors,
            &text,
            i,
            end,
            "character maps to <undefined>",
            &mut out,
            &enc_char,
        )?;
    }
    Ok(out)
}

// ---- escape codecs ----------------------------------------------------------------------

/// `unicode_escape` (raw: only `\u`/`\U` are escapes) encoding.
fn unicode_escape_encode(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if raw {
            if cp < 0x100 {
                out.push(cp as u8);
            } else {
                out.extend(escape_code_point(cp).bytes());
            }
            continue;
        }
        match c {
            '\\' => out.extend(b"\\\\"),
            '\t' => out.extend(b"\\t"),
            '\n' => out.extend(b"\\n"),
            '\r' => out.extend(b"\\r"),
            ' '..='~' => out.push(cp as u8),
            _ => out.extend(escape_code_point(cp).bytes()),
        }
    }
    out
}

fn hex_value(data: &[u8], at: usize, n: usize) -> Option<u32> {
    let digits = data.get(at..at + n)?;
    let mut v: u32 = 0;
    for d in digits {
        v = v.checked_mul(16)? + char::from(*d).to_digit(16)?;
    }
    Some(v)
}

/// `unicode_escape` / `raw_unicode_escape` decoding.
fn unicode_escape_decode(
    ts: &ThreadState,
    data: &[u8],
    errors: &str,
    raw: bool,
    final_: bool,
) -> PyResult<(String, usize)> {
    let enc = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        if b != b'\\' {
            out.push(char::from(b));
            i += 1;
            continue;
        }
        let Some(&e) = data.get(i + 1) else {
            if !final_ {
                return Ok((out, i));
            }
            if raw {
                out.push('\\');
                i += 1;
                continue;
            }
            i = on_decode_error(
                ts,
                enc,
                errors,
                data,
                i,
                i + 1,
                "\\ at end of string",
                &mut out,
            )?;
            continue;
        };
        let width = match e {
            b'x' if !raw => 2,
            b'u' => 4,
            b'U' => 8,
            _ if raw => {
                out.push('\\');
                i += 1;
                continue;
            }
            _ => 0,
        };
        if width > 0 {
            let avail = data.len() - (i + 2);
            if avail < width && !final_ {
                let hexes = data.get(i + 2..).unwrap_or_default();
                if hexes.iter().all(u8::is_ascii_hexdigit) {
                    return Ok((out, i));
                }
            }
            match hex_value(data, i + 2, width) {
                Some(v) => match char::from_u32(v) {
                    Some(c) => {
                        out.push(c);
                        i += 2 + width;
                    }
                    None => {
                        let why = if v > 0x10ffff {
                            "illegal Unicode character"
                        } else {
                            "surrogates not representable"
                        };
                        i = on_decode_error(
                            ts,
                            enc,
                            errors,
                            data,
                            i,
                            i + 2 + width,
                            why,
                            &mut out,
                        )?;
                    }
                },
                None => {
                    let mut end = i + 2;
                    while end < i + 2 + width && data.get(end).is_some_and(u8::is_ascii_hexdigit) {
                        end += 1;
                    }
                    let why = match width {
                        2 => "truncated \\xXX escape",
                        4 => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    i = on_decode_error(ts, enc, errors, data, i, end, why, &mut out)?;
                }
            }
            continue;
        }
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match data.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'N' => {
                i = on_decode_error(
                    ts,
                    enc,
                    errors,
                    data,
                    i - 2,
                    data.len(),
                    "malformed \\N character escape",
                    &mut out,
                )?;
            }
            _ => {
                out.push('\\');
                out.push(char::from(e));
            }
        }
    }
    Ok((out, data.len()))
}

/// `escape_decode`: bytes-literal escapes to bytes.
fn escape_decode(ts: &ThreadState, data: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let Some(&e) = data.get(i + 1) else {
            return Err(ts.value_error("Trailing \\ in string"));
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match data.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => match hex_value(data, i, 2) {
                Some(v) => {
                    out.push(v as u8);
                    i += 2;
                }
                None => {
                    return Err(ts.value_error(format!("invalid \\x escape at position {}", i - 2)))
                }
            },
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

// ---- UTF-7 ------------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(b: u8) -> Option<u32> {
    B64.iter().position(|x| *x == b).map(|v| v as u32)
}

/// Characters UTF-7 writes as themselves (sets D and O, and whitespace).
fn utf7_direct(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '0'..='9' | '\'' | '(' | ')' | ',' | '-' | '.' | '/'
        | ':' | '?' | ' ' | '\t' | '\r' | '\n' | '!' | '"' | '#' | '$' | '%' | '&' | '*'
        | ';' | '<' | '=' | '>' | '@' | '[' | ']' | '^' | '_' | '`' | '{' | '|' | '}')
}

fn b64_char(v: u64) -> u8 {
    B64.get((v & 0x3f) as usize).copied().unwrap_or(b'A')
}

fn utf7_encode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buf: u64 = 0;
    for c in s.chars() {
        if in_shift && utf7_direct(c) {
            if bits > 0 {
                out.push(b64_char(buf << (6 - bits)));
                buf = 0;
                bits = 0;
            }
            in_shift = false;
            if b64_value(c as u32 as u8).is_some() || c == '-' {
                out.push(b'-');
            }
            out.push(c as u32 as u8);
            continue;
        }
        if !in_shift {
            if c == '+' {
                out.extend(b"+-");
                continue;
            }
            if utf7_direct(c) {
                out.push(c as u32 as u8);
                continue;
            }
            out.push(b'+');
            in_shift = true;
        }
        let mut units = [0u16; 2];
        for u in c.encode_utf16(&mut units) {
            buf = ((buf << 16) | u64::from(*u)) & 0xffff_ffff;
            bits += 16;
            while bits >= 6 {
                out.push(b64_char(buf >> (bits - 6)));
                bits -= 6;
            }
        }
    }
    if bits > 0 {
        out.push(b64_char(buf << (6 - bits)));
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

/// UTF-7 decoding; a lone surrogate (which Ferrum's str cannot hold) is a decoding error.
fn utf7_decode(
    ts: &ThreadState,
    data: &[u8],
    errors: &str,
    final_: bool,
) -> PyResult<(String, usize)> {
    const ENC: &str = "utf7";
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buf: u64 = 0;
    let mut high: Option<u32> = None;
    let mut shift_start = 0;
    let mut shift_out_len = 0;
    while let Some(&b) = data.get(i) {
        if in_shift {
            if let Some(v) = b64_value(b) {
                buf = ((buf << 6) | u64::from(v)) & 0xffff_ffff;
                bits += 6;
                i += 1;
                if bits >= 16 {
                    let unit = ((buf >> (bits - 16)) & 0xffff) as u32;
                    bits -= 16;
                    match high.take() {
                        Some(h) if (0xdc00..0xe000).contains(&unit) => {
                            let cp = 0x10000 + ((h - 0xd800) << 10) + (unit - 0xdc00);
                            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                        }
                        Some(_) => {
                            i = on_decode_error(
                                ts,
                                ENC,
                                errors,
                                data,
                                shift_start,
                                i,
                                "unpaired surrogate not representable",
                                &mut out,
                            )?;
                            in_shift = false;
                        }
                        None if (0xd800..0xdc00).contains(&unit) => high = Some(unit),
                        None => match char::from_u32(unit) {
                            Some(c) => out.push(c),
                            None => {
                                i = on_decode_error(
                                    ts,
                                    ENC,
                                    errors,
                                    data,
                                    shift_start,
                                    i,
                                    "unpaired surrogate not representable",
                                    &mut out,
                                )?;
                                in_shift = false;
                            }
                        },
                    }
                }
                continue;
            }
            // Leaving the base64 section.
            in_shift = false;
            let mask = (1u64 << bits) - 1;
            let why = if bits > 6 {
                Some("partial character in shift sequence")
            } else if bits > 0 && buf & mask != 0 {
                Some("non-zero padding bits in shift sequence")
            } else if high.is_some() {
                Some("unpaired surrogate not representable")
            } else {
                None
            };
            high = None;
            bits = 0;
            buf = 0;
            if let Some(why) = why {
                i = on_decode_error(ts, ENC, errors, data, shift_start, i + 1, why, &mut out)?;
                continue;
            }
            if b == b'-' {
                i += 1;
            }
            continue;
        }
        if b == b'+' {
            let start = i;
            i += 1;
            match data.get(i) {
                Some(b'-') => {
                    out.push('+');
                    i += 1;
                }
                Some(&n) if b64_value(n).is_some() => {
                    in_shift = true;
                    shift_start = start;
                    shift_out_len = out.len();
                }
                Some(_) => {
                    i = on_decode_error(
                        ts,
                        ENC,
                        errors,
                        data,
                        start,
                        i + 1,
                        "ill-formed sequence",
                        &mut out,
                    )?;
                }
                None => {
                    if !final_ {
                        return Ok((out, start));
                    }
                }
            }
        } else if b < 0x80 {
            out.push(char::from(b));
            i += 1;
        } else {
            i = on_decode_error(
                ts,
                ENC,
                errors,
                data,
                i,
                i + 1,
                "unexpected special character",
                &mut out,
            )?;
        }
    }
    if in_shift {
        if !final_ {
            out.truncate(shift_out_len);
            return Ok((out, shift_start));
        }
        let mask = (1u64 << bits) - 1;
        if high.is_some() || bits >= 6 || (bits > 0 && buf & mask != 0) {
            on_decode_error(
                ts,
                ENC,
                errors,
                data,
                shift_start,
                data.len(),
                "unterminated shift sequence",
                &mut out,
            )?;
        }
    }
    Ok((out, data.len()))
}

// ---- module functions -------------------------------------------------------------------

fn data_arg(ts: &ThreadState, v: &Option<Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(x) => crate::builtins::str::bytes_like(ts, x),
        None => Ok(Vec::new()),
    }
}

fn text_arg(ts: &ThreadState, v: &Option<Value>, fname: &str) -> PyResult<String> {
    str_arg(ts, v, fname, "1")
}

fn final_arg(ts: &ThreadState, v: &Option<Value>) -> PyResult<bool> {
    match v {
        Some(x) => p::truthy(ts, x),
        None => Ok(false),
    }
}

fn pair_str(s: String, n: usize) -> Value {
    new_tuple(vec![new_str(s), int_from_i64(n as i64)])
}

fn pair_bytes(b: Vec<u8>, n: usize) -> Value {
    new_tuple(vec![new_bytes(b), int_from_i64(n as i64)])
}

/// A decoder `f(data, errors=None, final=False)`.
macro_rules! decoder {
    ($name:literal, $body:expr) => {
        decoder!($name, false, $body)
    };
    ($name:literal, $default_final:literal, $body:expr) => {
        (
            $name,
            (|ts, a, k| {
                let [d, e, f] = parse_args(ts, $name, a, k, ["data", "errors", "final"], 1, 3)?;
                let data = data_arg(ts, &d)?;
                let errors = errors_arg(ts, &e, $name)?;
                let fin = match &f {
                    Some(_) => final_arg(ts, &f)?,
                    None => $default_final,
                };
                let body: fn(&ThreadState, &[u8], &str, bool) -> PyResult<Value> = $body;
                body(ts, &data, &errors, fin)
            }) as crate::object::function::NativeFn,
        )
    };
}

/// An encoder `f(str, errors=None)`.
macro_rules! encoder {
    ($name:literal, $body:expr) => {
        (
            $name,
            (|ts, a, k| {
                let [s, e] = parse_args(ts, $name, a, k, ["str", "errors"], 1, 2)?;
                let text = text_arg(ts, &s, $name)?;
                let errors = errors_arg(ts, &e, $name)?;
                let body: fn(&ThreadState, &str, &str) -> PyResult<Vec<u8>> = $body;
                let n = text.chars().count();
                Ok(pair_bytes(body(ts, &text, &errors)?, n))
            }) as crate::object::function::NativeFn,
        )
    };
}

fn wide_decoder(
    ts: &ThreadState,
    d: &[u8],
    e: &str,
    fin: bool,
    unit: usize,
    order: i32,
) -> PyResult<Value> {
    let (s, n, _) = decode_wide(ts, d, unit, order, e, fin)?;
    Ok(pair_str(s, n))
}

fn wide_ex_decode(ts: &ThreadState, a: &[Value], k: &[Value], unit: usize) -> PyResult<Value> {
    let name = if unit == 2 {
        "utf_16_ex_decode"
    } else {
        "utf_32_ex_decode"
    };
    let [d, e, bo, f] = parse_args(
        ts,
        name,
        a,
        k,
        ["data", "errors", "byteorder", "final"],
        1,
        4,
    )?;
    let data = data_arg(ts, &d)?;
    let errors = errors_arg(ts, &e, name)?;
    let order = match &bo {
        Some(v) => p::index_i64(ts, v)?.signum() as i32,
        None => 0,
    };
    let fin = final_arg(ts, &f)?;
    let (s, n, order) = decode_wide(ts, &data, unit, order, &errors, fin)?;
    Ok(new_tuple(vec![
        new_str(s),
        int_from_i64(n as i64),
        int_from_i64(i64::from(order)),
    ]))
}

fn wide_encode(ts: &ThreadState, a: &[Value], k: &[Value], unit: usize) -> PyResult<Value> {
    let name = if unit == 2 {
        "utf_16_encode"
    } else {
        "utf_32_encode"
    };
    let [s, e, bo] = parse_args(ts, name, a, k, ["str", "errors", "byteorder"], 1, 3)?;
    let text = text_arg(ts, &s, name)?;
    errors_arg(ts, &e, name)?;
    let order = match &bo {
        Some(v) => p::index_i64(ts, v)?.signum(),
        None => 0,
    };
    let n = text.chars().count();
    Ok(pair_bytes(
        encode_wide(&text, unit, order == 1, order == 0),
        n,
    ))
}

fn codecs_register(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    sync(ts);
    let f = a.first().cloned().unwrap_or(Value::NONE);
    if !p::is_callable(&f) {
        return Err(ts.type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.borrow_mut().push(f));
    Ok(Value::NONE)
}

fn codecs_unregister(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    sync(ts);
    let f = a.first().cloned().unwrap_or(Value::NONE);
    let funcs = SEARCH.with(|s| s.borrow().clone());
    for (i, g) in funcs.iter().enumerate() {
        if g.is(&f) || p::eq(ts, g, &f)? {
            SEARCH.with(|s| {
                let mut s = s.borrow_mut();
                if i < s.len() {
                    s.remove(i);
                }
            });
            CACHE.with(|c| c.borrow_mut().clear());
            break;
        }
    }
    Ok(Value::NONE)
}

fn codecs_lookup(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [e] = parse_args(ts, "lookup", a, k, ["encoding"], 1, 1)?;
    let enc = str_arg(ts, &e, "lookup", "")?;
    lookup(ts, &enc)
}

/// `_codecs.encode(obj, encoding='utf-8', errors='strict')` and `decode`.
fn codecs_apply(ts: &ThreadState, a: &[Value], k: &[Value], encode: bool) -> PyResult<Value> {
    let fname = if encode { "encode" } else { "decode" };
    let [o, e, r] = parse_args(ts, fname, a, k, ["obj", "encoding", "errors"], 1, 3)?;
    let obj = o.unwrap_or(Value::NONE);
    let enc = match &e {
        Some(_) => str_arg(ts, &e, fname, "'encoding'")?,
        None => "utf-8".to_string(),
    };
    let errors = match &r {
        Some(_) => str_arg(ts, &r, fname, "'errors'")?,
        None => "strict".to_string(),
    };
    let info = lookup(ts, &enc)?;
    let f = p::getattr_str(ts, &info, fname)?;
    let res = p::call(ts, &f, &[obj, new_str(errors)], &[])
        .map_err(|e| wrap_codec_error(ts, e, &enc, encode))?;
    match as_tuple(&res) {
        Some(t) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(ts.type_error(format!("{fname}r must return a tuple (object, integer)"))),
    }
}

fn codecs_register_error(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    sync(ts);
    let [n, h] = parse_args(ts, "register_error", a, k, ["errors", "handler"], 2, 2)?;
    let name = str_arg(ts, &n, "register_error", "1")?;
    let handler = h.unwrap_or(Value::NONE);
    if !p::is_callable(&handler) {
        return Err(ts.type_error("handler must be callable"));
    }
    HANDLERS.with(|m| m.borrow_mut().insert(name, handler));
    Ok(Value::NONE)
}

fn codecs_lookup_error(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [n] = parse_args(ts, "lookup_error", a, k, ["name"], 1, 1)?;
    let name = str_arg(ts, &n, "lookup_error", "")?;
    lookup_error(ts, &name)
}

fn codecs_charmap_build(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [m] = parse_args(ts, "charmap_build", a, k, ["map"], 1, 1)?;
    let table = str_arg(ts, &m, "charmap_build", "")?;
    let d = new_dict();
    let Some(dd) = crate::object::containers::as_dict(d.as_value()) else {
        return Err(ts.type_error("charmap_build: dict expected"));
    };
    for (i, c) in table.chars().enumerate().take(256) {
        if c == '\u{fffe}' {
            continue;
        }
        let key = int_from_i64(i64::from(c as u32));
        if p::dict_get(ts, dd, &key)?.is_none() {
            p::dict_set(ts, dd, key, int_from_i64(i as i64))?;
        }
    }
    Ok(d.into_value())
}

fn codecs_charmap_decode(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [d, e, m] = parse_args(
        ts,
        "charmap_decode",
        a,
        k,
        ["data", "errors", "mapping"],
        1,
        3,
    )?;
    let data = data_arg(ts, &d)?;
    let errors = errors_arg(ts, &e, "charmap_decode")?;
    let mapping = m.unwrap_or(Value::NONE);
    let s = charmap_decode(ts, &data, &errors, &mapping)?;
    Ok(pair_str(s, data.len()))
}

fn codecs_charmap_encode(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [s, e, m] = parse_args(
        ts,
        "charmap_encode",
        a,
        k,
        ["str", "errors", "mapping"],
        1,
        3,
    )?;
    let text = text_arg(ts, &s, "charmap_encode")?;
    let errors = errors_arg(ts, &e, "charmap_encode")?;
    let mapping = m.unwrap_or(Value::NONE);
    let b = charmap_encode(ts, &text, &errors, &mapping)?;
    Ok(pair_bytes(b, text.chars().count()))
}

fn codecs_escape_decode(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [d, _e] = parse_args(ts, "escape_decode", a, k, ["data", "errors"], 1, 2)?;
    let data = match &d {
        Some(x) => match as_str(x) {
            Some(s) => s.as_bytes().to_vec(),
            None => data_arg(ts, &d)?,
        },
        None => Vec::new(),
    };
    let out = escape_decode(ts, &data)?;
    Ok(pair_bytes(out, data.len()))
}

fn codecs_escape_encode(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [d, _e] = parse_args(ts, "escape_encode", a, k, ["data", "errors"], 1, 2)?;
    let data = match &d {
        Some(x) => as_bytes(x).map(<[u8]>::to_vec).ok_or_else(|| {
            ts.type_error(format!(
                "escape_encode() argument 1 must be bytes, not {}",
                p::type_name(x)
            ))
        })?,
        None => Vec::new(),
    };
    let r = crate::builtins::str::bytes_repr(&data, "");
    let inner = r.get(1..r.len().saturating_sub(1)).unwrap_or_default();
    // bytes_repr may switch quotes; escape_encode always escapes single quotes.
    let inner = if r.starts_with('"') {
        inner.replace('\'', "\\'")
    } else {
        inner.to_string()
    };
    Ok(pair_bytes(inner.into_bytes(), data.len()))
}

fn codecs_readbuffer_encode(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [d, _e] = parse_args(ts, "readbuffer_encode", a, k, ["data", "errors"], 1, 2)?;
    let data = match &d {
        Some(x) => match as_str(x) {
            Some(s) => s.as_bytes().to_vec(),
            None => data_arg(ts, &d)?,
        },
        None => Vec::new(),
    };
    let n = data.len();
    Ok(pair_bytes(data, n))
}

/// Fills the `_codecs` module.
pub fn make_codecs_module(dict: &ObjRef) {
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("register", codecs_register),
        ("unregister", codecs_unregister),
        ("lookup", codecs_lookup),
        ("encode", |ts, a, k| codecs_apply(ts, a, k, true)),
        ("decode", |ts, a, k| codecs_apply(ts, a, k, false)),
        ("register_error", codecs_register_error),
        ("lookup_error", codecs_lookup_error),
        ("charmap_build", codecs_charmap_build),
        ("charmap_decode", codecs_charmap_decode),
        ("charmap_encode", codecs_charmap_encode),
        ("escape_decode", codecs_escape_decode),
        ("escape_encode", codecs_escape_encode),
        ("readbuffer_encode", codecs_readbuffer_encode),
        ("_forget_codec", |ts, a, _| {
            if let Some(s) = a.first().and_then(as_str) {
                let key = normalise_lookup_name(s);
                CACHE.with(|c| c.borrow_mut().remove(&key));
            } else {
                return Err(ts.type_error("_forget_codec() argument must be str"));
            }
            Ok(Value::NONE)
        }),
        decoder!("utf_8_decode", |ts, d, e, f| {
            let (s, n) = utf8_decode(ts, d, e, f)?;
            Ok(pair_str(s, n))
        }),
        encoder!("utf_8_encode", |_, s, _| Ok(s.as_bytes().to_vec())),
        decoder!("ascii_decode", |ts, d, e, _| {
            Ok(pair_str(decode_below(ts, d, e, 128, "ascii")?, d.len()))
        }),
        encoder!("ascii_encode", |ts, s, e| encode_below(
            ts, s, e, 128, "ascii"
        )),
        decoder!("latin_1_decode", |_, d, _, _| {
            Ok(pair_str(
                d.iter().map(|x| char::from(*x)).collect(),
                d.len(),
            ))
        }),
        encoder!("latin_1_encode", |ts, s, e| encode_below(
            ts, s, e, 256, "latin-1"
        )),
        decoder!("utf_16_decode", |ts, d, e, f| wide_decoder(
            ts, d, e, f, 2, 0
        )),
        decoder!("utf_16_le_decode", |ts, d, e, f| wide_decoder(
            ts, d, e, f, 2, -1
        )),
        decoder!("utf_16_be_decode", |ts, d, e, f| wide_decoder(
            ts, d, e, f, 2, 1
        )),
        decoder!("utf_32_decode", |ts, d, e, f| wide_decoder(
            ts, d, e, f, 4, 0
        )),
        decoder!("utf_32_le_decode", |ts, d, e, f| wide_decoder(
            ts, d, e, f, 4, -1
        )),
        decoder!("utf_32_be_decode", |ts, d, e, f| wide_decoder(
            ts, d, e, f, 4, 1
        )),
        ("utf_16_ex_decode", |ts, a, k| wide_ex_decode(ts, a, k, 2)),
        ("utf_32_ex_decode", |ts, a, k| wide_ex_decode(ts, a, k, 4)),
        ("utf_16_encode", |ts, a, k| wide_encode(ts, a, k, 2)),
        ("utf_32_encode", |ts, a, k| wide_encode(ts, a, k, 4)),
        encoder!("utf_16_le_encode", |_, s, _| Ok(encode_wide(
            s, 2, false, false
        ))),
        encoder!("utf_16_be_encode", |_, s, _| Ok(encode_wide(
            s, 2, true, false
        ))),
        encoder!("utf_32_le_encode", |_, s, _| Ok(encode_wide(
            s, 4, false, false
        ))),
        encoder!("utf_32_be_encode", |_, s, _| Ok(encode_wide(
            s, 4, true, false
        ))),
        decoder!("utf_7_decode", |ts, d, e, f| {
            let (s, n) = utf7_decode(ts, d, e, f)?;
            Ok(pair_str(s, n))
        }),
        encoder!("utf_7_encode", |_, s, _| Ok(utf7_encode(s))),
        decoder!("unicode_escape_decode", true, |ts, d, e, f| {
            let (s, n) = unicode_escape_decode(ts, d, e, false, f)?;
            Ok(pair_str(s, n))
        }),
        encoder!("unicode_escape_encode", |_, s, _| Ok(
            unicode_escape_encode(s, false)
        )),
        decoder!("raw_unicode_escape_decode", true, |ts, d, e, f| {
            let (s, n) = unicode_escape_decode(ts, d, e, true, f)?;
            Ok(pair_str(s, n))
        }),
        encoder!("raw_unicode_escape_encode", |_, s, _| Ok(
            unicode_escape_encode(s, true)
        )),
    ];
    for (name, f) in fns {
        dict_set_str(
            dict,
            name,
            p::new_builtin_function(name, *f, Some("_codecs")),
        );
    }
}
