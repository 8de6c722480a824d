//! `str`: immutable Unicode text stored as UTF-8 with its character count and cached hash.
//! Identifiers are interned (one object per distinct name) so attribute and global lookups
//! compare pointers first. See docs/design/object-model.md.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::object::{alloc, ObjRef};
use crate::types::types;
use crate::value::Value;

/// Payload of a str.
pub struct StrData {
    /// The text.
    pub s: Box<str>,
    /// Number of code points.
    pub char_len: usize,
    /// Cached hash (`-1` until computed).
    pub hash: Cell<i64>,
}

impl StrData {
    /// Builds a payload.
    pub fn new(s: impl Into<Box<str>>) -> StrData {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            s,
            char_len,
            hash: Cell::new(-1),
        }
    }

    /// Whether all characters are ASCII (indexing is then by byte).
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The hash (CPython's with `PYTHONHASHSEED=0`; never -1).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
}

/// Hash of a string, as CPython computes it with `PYTHONHASHSEED=0`: SipHash-1-3 with a
/// zero key over the string's compact representation (1, 2 or 4 bytes per code point,
/// little-endian, depending on the widest character).
pub fn hash_str(s: &str) -> i64 {
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let mut buf: Vec<u8> = Vec::with_capacity(s.len() * 2);
    if max < 0x100 {
        buf.extend(s.chars().map(|c| u32::from(c) as u8));
    } else if max < 0x1_0000 {
        for c in s.chars() {
            buf.extend_from_slice(&(u32::from(c) as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&u32::from(c).to_le_bytes());
        }
    }
    hash_bytes(&buf)
}

/// CPython's `_Py_HashBytes` with a zero key (bytes, memoryview, str representation).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let h = siphash13(0, 0, b) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let m = u64::from_le_bytes(w);
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(last);
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

/// A new str value.
pub fn new_str(s: impl Into<Box<str>>) -> Value {
    alloc(&types().str, StrData::new(s)).into_value()
}

/// A new str object.
pub fn new_str_obj(s: impl Into<Box<str>>) -> ObjRef {
    alloc(&types().str, StrData::new(s))
}

/// The text of a str (or str subclass) value.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.as_obj()?.downcast::<StrData>().map(|d| &*d.s)
}

/// The payload of a str value.
#[inline]
pub fn as_str_data(v: &Value) -> Option<&StrData> {
    v.as_obj()?.downcast::<StrData>()
}

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, ObjRef>> = RefCell::new(HashMap::new());
    static ONE_CHAR: RefCell<Vec<Option<ObjRef>>> = const { RefCell::new(Vec::new()) };
}

/// The interned (immortal, unique) str object for `s`.
pub fn intern(s: &str) -> ObjRef {
    if let Some(o) = INTERNED.with(|t| t.borrow().get(s).cloned()) {
        return o;
    }
    let o = new_str_obj(s);
    o.make_immortal();
    INTERNED.with(|t| t.borrow_mut().insert(s.into(), o.clone()));
    o
}

/// A one-character str, shared for Latin-1 characters.
pub fn char_str(c: char) -> Value {
    let cp = c as usize;
    if cp < 256 {
        if let Some(o) = ONE_CHAR.with(|t| t.borrow().get(cp).cloned().flatten()) {
            return o.into_value();
        }
        let o = new_str_obj(c.to_string());
        o.make_immortal();
        ONE_CHAR.with(|t| {
            let mut t = t.borrow_mut();
            if t.len() < 256 {
                t.resize(256, None);
            }
            t[cp] = Some(o.clone());
        });
        return o.into_value();
    }
    new_str(c.to_string())
}

/// `repr(str)`: CPython's quoting and escaping rules.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character (Unicode categories Cc, Cf, Cs,
/// Co, Cn, Zl, Zp, Zs other than space are not printable).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x20 || (0x7f..0xa0).contains(&cp) {
        return false;
    }
    if cp == 0xad || cp == 0x2028 || cp == 0x2029 || (0x200b..=0x200f).contains(&cp) {
        return false;
    }
    if (0x202a..=0x202e).contains(&cp) || (0x2060..=0x2064).contains(&cp) || cp == 0xfeff {
        return false;
    }
    if (0xe000..=0xf8ff).contains(&cp) || cp >= 0xf0000 {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    !matches!(cp, 0xfff9..=0xfffb | 0xfffe | 0xffff | 0x0600..=0x0605 | 0x061c | 0x06dd | 0x070f | 0x180e)
}

/// `ascii(str)`: like repr with every non-ASCII character escaped.
pub fn str_ascii(s: &str) -> String {
    let r = str_repr(s);
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp <= 0xff {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp <= 0xffff {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}
