//! The `_sre` module: the native half of CPython's `re` package. `re/_compiler.py` turns a
//! pattern into a list of code words and calls `compile`, which wraps them in a `re.Pattern`;
//! matching runs in `engine.rs` over the subject's code points (or bytes). This file holds
//! the module functions, the three types and the subject/argument helpers; `pattern.rs` and
//! `matchobj.rs` hold the methods. See docs/design/stdlib-bridge.md (section `_sre`).

mod chars;
mod engine;
mod matchobj;
mod pattern;

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::classes::{class_getitem, set_slots};
use crate::builtins::memoryview::memoryview_bytes;
use crate::call::check_args;
use crate::object::containers::{as_bytes, new_bytes, ByteArrayData};
use crate::object::int::{as_i64, int_from_i64};
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::Slots;
use crate::object::ObjRef;
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_class_methods, dict_set_str, make_builtin_type, type_data, types};
use crate::value::Value;
use crate::PyResult;

pub use engine::MAXREPEAT;
pub use pattern::PatternData;

/// `_sre.MAGIC`: must equal `re._constants.MAGIC`.
const MAGIC: i64 = 20_220_615;
/// `_sre.MAXGROUPS`.
const MAXGROUPS: i64 = 1_073_741_823;

/// The three classes of the module.
#[derive(Clone)]
struct SreTypes {
    pattern: ObjRef,
    match_: ObjRef,
    scanner: ObjRef,
}

thread_local! {
    static TYPES: RefCell<Option<SreTypes>> = const { RefCell::new(None) };
}

/// The classes, made on first use.
fn sre_types() -> SreTypes {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = &types().object;
    let t = SreTypes {
        pattern: make_builtin_type::<PatternData>("Pattern", object, Slots::default(), false),
        match_: make_builtin_type::<matchobj::MatchData>("Match", object, Slots::default(), false),
        scanner: make_builtin_type::<matchobj::ScannerData>(
            "SRE_Scanner",
            object,
            Slots::default(),
            false,
        ),
    };
    dict_set_str(&type_data(&t.pattern).dict, "__module__", new_str("re"));
    dict_set_str(&type_data(&t.match_).dict, "__module__", new_str("re"));
    dict_set_str(&type_data(&t.scanner).dict, "__module__", new_str("_sre"));
    set_slots(&t.pattern, |s| {
        s.new = Some(|ts, _, _, _| Err(ts.type_error("cannot create 're.Pattern' instances")));
    });
    set_slots(&t.match_, |s| {
        s.new = Some(|ts, _, _, _| Err(ts.type_error("cannot create 're.Match' instances")));
    });
    set_slots(&t.scanner, |s| {
        s.new =
            Some(|ts, _, _, _| Err(ts.type_error("cannot create '_sre.SRE_Scanner' instances")));
    });
    pattern::init(&t.pattern);
    matchobj::init(&t.match_, &t.scanner);
    for ty in [&t.pattern, &t.match_] {
        add_class_methods(ty, &[("__class_getitem__", class_getitem)], false);
    }
    TYPES.with(|slot| *slot.borrow_mut() = Some(t.clone()));
    t
}

/// What kind of object a subject string is (decides how slices are made).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Str,
    Bytes,
}

/// A subject string as the engine sees it.
#[derive(Clone)]
struct Subject {
    /// The code points (or byte values).
    text: Rc<[u32]>,
    kind: Kind,
}

impl Subject {
    fn is_bytes(&self) -> bool {
        self.kind != Kind::Str
    }

    fn len(&self) -> usize {
        self.text.len()
    }

    /// `string[a:b]` as a new object of the subject's kind.
    fn slice(&self, a: usize, b: usize) -> Value {
        let b = b.min(self.text.len());
        let a = a.min(b);
        let part = self.text.get(a..b).unwrap_or(&[]);
        match self.kind {
            Kind::Str => new_str(
                part.iter()
                    .filter_map(|&c| char::from_u32(c))
                    .collect::<String>(),
            ),
            Kind::Bytes => new_bytes(part.iter().map(|&c| c as u8).collect()),
        }
    }

    /// The empty string of the subject's kind.
    fn empty(&self) -> Value {
        self.slice(0, 0)
    }
}

thread_local! {
    /// The last few immutable subjects converted (str, bytes), with the object kept alive
    /// so its identity stays valid: scanners that call `pattern.match(text, pos)` in a loop
    /// then convert the text once.
    static RECENT: RefCell<Vec<(Value, Subject)>> = const { RefCell::new(Vec::new()) };
}

/// Reads a subject (str or bytes-like); `None` if it is neither.
fn subject_of(v: &Value) -> Option<Subject> {
    let immutable = as_str(v).is_some() || as_bytes(v).is_some();
    if !immutable {
        return convert_subject(v);
    }
    let hit = RECENT.with(|r| {
        r.borrow()
            .iter()
            .find(|(k, _)| k.is(v))
            .map(|(_, s)| s.clone())
    });
    if hit.is_some() {
        return hit;
    }
    let s = convert_subject(v)?;
    if s.len() >= 64 {
        let evicted = RECENT.with(|r| {
            let mut r = r.borrow_mut();
            let old = if r.len() >= 4 {
                Some(r.remove(0))
            } else {
                None
            };
            r.push((v.clone(), s.clone()));
            old
        });
        drop(evicted);
    }
    Some(s)
}

/// Converts a subject without the cache.
fn convert_subject(v: &Value) -> Option<Subject> {
    if let Some(s) = as_str(v) {
        return Some(Subject {
            text: s.chars().map(u32::from).collect(),
            kind: Kind::Str,
        });
    }
    let bytes_subject = |b: &[u8], kind| Subject {
        text: b.iter().map(|&c| u32::from(c)).collect(),
        kind,
    };
    if let Some(b) = as_bytes(v) {
        return Some(bytes_subject(b, Kind::Bytes));
    }
    if let Some(ba) = v.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
        return Some(ba.0.with(|b| bytes_subject(b, Kind::Bytes)));
    }
    memoryview_bytes(v).map(|b| bytes_subject(&b, Kind::Bytes))
}

/// Reads a subject for a pattern of the given kind (`None`: the pattern has no source).
fn subject_for(ts: &ThreadState, v: &Value, pattern_bytes: Option<bool>) -> PyResult<Subject> {
    let Some(s) = subject_of(v) else {
        return Err(ts.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            type_name(v)
        )));
    };
    match pattern_bytes {
        Some(false) if s.is_bytes() => {
            Err(ts.type_error("cannot use a string pattern on a bytes-like object"))
        }
        Some(true) if !s.is_bytes() => {
            Err(ts.type_error("cannot use a bytes pattern on a string-like object"))
        }
        _ => Ok(s),
    }
}

/// A `pos`/`endpos` argument clamped to `0..=len` (`None` gives `default`).
fn clamp_index(ts: &ThreadState, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default.min(len));
    };
    let i = match as_i64(v) {
        Some(i) => i,
        None => {
            let big = p::index(ts, v)?;
            if big.sign() == num_bigint::Sign::Minus {
                0
            } else {
                i64::MAX
            }
        }
    };
    Ok(if i < 0 {
        0
    } else {
        (i as u64).min(len as u64) as usize
    })
}

/// Converts a code-point argument of the case helpers.
fn char_arg(ts: &ThreadState, a: &[Value], k: &[Value], name: &str) -> PyResult<u32> {
    check_args(ts, name, a, k, 1, 1)?;
    let i = p::index_i64(ts, &a[0])?;
    Ok(u32::try_from(i).unwrap_or(u32::MAX))
}

fn sre_compile(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [pat, flags, code, groups, groupindex, indexgroup] = crate::call::parse_args(
        ts,
        "compile",
        a,
        k,
        [
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        6,
        6,
    )?;
    let pat = pat.unwrap_or(Value::NONE);
    let flags = p::index_i64(ts, &flags.unwrap_or(Value::NONE))?;
    let mut words = Vec::new();
    for w in p::collect(ts, &code.unwrap_or(Value::NONE))? {
        let i = p::index_i64(ts, &w)?;
        let w = u32::try_from(i)
            .map_err(|_| ts.overflow_error("regular expression code size limit exceeded"))?;
        words.push(w);
    }
    let groups = p::index_i64(ts, &groups.unwrap_or(Value::NONE))?;
    let groups = usize::try_from(groups).map_err(|_| ts.value_error("invalid number of groups"))?;
    let is_bytes = if pat.is_none() {
        None
    } else {
        match subject_of(&pat) {
            Some(s) => Some(s.is_bytes()),
            None => {
                return Err(ts.type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    type_name(&pat)
                )))
            }
        }
    };
    Ok(pattern::new_pattern(
        pat,
        flags,
        words,
        groups,
        groupindex.unwrap_or(Value::NONE),
        indexgroup.unwrap_or(Value::NONE),
        is_bytes,
    ))
}

/// Builds the `_sre` module.
pub fn make_sre_module(dict: &ObjRef) {
    sre_types();
    dict_set_str(dict, "MAGIC", int_from_i64(MAGIC));
    dict_set_str(dict, "CODESIZE", Value::small_int(4));
    dict_set_str(dict, "MAXREPEAT", int_from_i64(i64::from(MAXREPEAT)));
    dict_set_str(dict, "MAXGROUPS", int_from_i64(MAXGROUPS));
    dict_set_str(
        dict,
        "copyright",
        new_str("SRE-compatible regular expression engine for Ferrum"),
    );
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("compile", sre_compile),
        ("getcodesize", |ts, a, k| {
            check_args(ts, "getcodesize", a, k, 0, 0)?;
            Ok(Value::small_int(4))
        }),
        ("unicode_iscased", |ts, a, k| {
            let c = char_arg(ts, a, k, "unicode_iscased")?;
            Ok(Value::from_bool(chars::unicode_iscased(c)))
        }),
        ("ascii_iscased", |ts, a, k| {
            let c = char_arg(ts, a, k, "ascii_iscased")?;
            Ok(Value::from_bool(chars::ascii_iscased(c)))
        }),
        ("unicode_tolower", |ts, a, k| {
            let c = char_arg(ts, a, k, "unicode_tolower")?;
            Ok(int_from_i64(i64::from(chars::lower_unicode(c))))
        }),
        ("ascii_tolower", |ts, a, k| {
            let c = char_arg(ts, a, k, "ascii_tolower")?;
            Ok(int_from_i64(i64::from(chars::lower_ascii(c))))
        }),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, p::new_builtin_function(name, *f, Some("_sre")));
    }
}
