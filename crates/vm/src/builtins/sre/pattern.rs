//! `re.Pattern`: the compiled pattern made by `_sre.compile` and its methods (`match`,
//! `fullmatch`, `search`, `findall`, `finditer`, `sub`/`subn`, `split`, `scanner`), with the
//! iteration rules of Python 3.7+ for empty matches (a match may not be empty where the
//! previous one ended empty). See docs/design/stdlib-bridge.md (section `_sre`).

use crate::builtins::classes::{payload, set_slots};
use crate::builtins::dict::new_mappingproxy;
use crate::call::parse_args;
use crate::import::import_module;
use crate::object::containers::{as_bytes, new_bytes, new_list, new_tuple, ByteArrayData};
use crate::object::int::int_from_i64;
use crate::object::iter::new_native_iter;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, types};
use crate::value::Value;
use crate::PyResult;

use super::engine::{self, Found, Job};
use super::matchobj::{new_match, new_scanner};
use super::{clamp_index, sre_types, subject_for, subject_of, Kind, Subject};

/// Payload of `re.Pattern`.
pub struct PatternData {
    /// The source (str, bytes or None).
    pub pattern: Value,
    /// The flags after parsing.
    pub flags: i64,
    /// The compiled code words.
    pub code: Vec<u32>,
    /// The number of capturing groups.
    pub groups: usize,
    /// Group name -> number.
    pub groupindex: Value,
    /// Group number -> name (or None).
    pub indexgroup: Value,
    /// Whether the source is bytes (`None` when compiled without a source).
    pub is_bytes: Option<bool>,
}

/// Makes a pattern object.
pub fn new_pattern(
    pattern: Value,
    flags: i64,
    code: Vec<u32>,
    groups: usize,
    groupindex: Value,
    indexgroup: Value,
    is_bytes: Option<bool>,
) -> Value {
    alloc(
        &sre_types().pattern,
        PatternData {
            pattern,
            flags,
            code,
            groups,
            groupindex,
            indexgroup,
            is_bytes,
        },
    )
    .into_value()
}

/// The payload of a pattern value.
pub fn pat(v: &Value) -> &PatternData {
    payload::<PatternData>(v)
}

/// How a match attempt is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// At the start position only.
    Match,
    /// At the start position, reaching the end.
    FullMatch,
    /// Anywhere from the start position on.
    Search,
}

/// Runs the engine for `pd` over `subj[start..end]`.
pub fn run(
    ts: &ThreadState,
    pd: &PatternData,
    subj: &Subject,
    start: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> PyResult<Option<Found>> {
    let job = Job {
        code: &pd.code,
        text: &subj.text,
        start,
        end,
        match_all: mode == Mode::FullMatch,
        must_advance,
        nmarks: pd.groups * 2,
    };
    let r = if mode == Mode::Search {
        engine::search(&job)
    } else {
        engine::match_at(&job)
    };
    r.map_err(|_| ts.runtime_error("invalid SRE code"))
}

/// The subject and clamped `pos`/`endpos` of a `(self, string, pos, endpos)` call.
fn string_args(
    ts: &ThreadState,
    name: &str,
    a: &[Value],
    k: &[Value],
) -> PyResult<(Value, Subject, usize, usize)> {
    let [_, string, pos, endpos] =
        parse_args(ts, name, a, k, ["self", "string", "pos", "endpos"], 2, 4)?;
    let string = string.unwrap_or(Value::NONE);
    let subj = subject_for(ts, &string, pat(&a[0]).is_bytes)?;
    let n = subj.len();
    let pos = clamp_index(ts, pos.as_ref(), 0, n)?;
    let endpos = clamp_index(ts, endpos.as_ref(), n, n)?;
    Ok((string, subj, pos, endpos))
}

fn do_match(ts: &ThreadState, a: &[Value], k: &[Value], name: &str, mode: Mode) -> PyResult<Value> {
    let (string, subj, pos, endpos) = string_args(ts, name, a, k)?;
    let pd = pat(&a[0]);
    Ok(match run(ts, pd, &subj, pos, endpos, mode, false)? {
        Some(f) => new_match(&a[0], &string, &subj, pos, endpos, f),
        None => Value::NONE,
    })
}

/// The value of group `g` of a found match, or `default` when it did not take part.
fn found_group(subj: &Subject, f: &Found, g: usize, default: &Value) -> Value {
    if g == 0 {
        return subj.slice(f.start, f.end);
    }
    let a = f.marks.get(2 * (g - 1)).copied().unwrap_or(-1);
    let b = f.marks.get(2 * (g - 1) + 1).copied().unwrap_or(-1);
    if a >= 0 && b >= a {
        subj.slice(a as usize, b as usize)
    } else {
        default.clone()
    }
}

/// Calls `f` for each successive match from `pos` to `endpos` (at most `limit`, 0 = all).
fn each_match(
    ts: &ThreadState,
    pd: &PatternData,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    limit: usize,
    mut f: impl FnMut(&ThreadState, Found) -> PyResult<()>,
) -> PyResult<usize> {
    let mut start = pos;
    let mut must_advance = false;
    let mut n = 0;
    while limit == 0 || n < limit {
        let Some(found) = run(ts, pd, subj, start, endpos, Mode::Search, must_advance)? else {
            break;
        };
        must_advance = found.end == found.start;
        start = found.end;
        n += 1;
        f(ts, found)?;
        if start > endpos {
            break;
        }
    }
    Ok(n)
}

fn findall(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (_, subj, pos, endpos) = string_args(ts, "findall", a, k)?;
    let pd = pat(&a[0]);
    let empty = subj.empty();
    let mut out = Vec::new();
    each_match(ts, pd, &subj, pos, endpos, 0, |_, f| {
        out.push(match pd.groups {
            0 => found_group(&subj, &f, 0, &empty),
            1 => found_group(&subj, &f, 1, &empty),
            n => new_tuple((1..=n).map(|g| found_group(&subj, &f, g, &empty)).collect()),
        });
        Ok(())
    })?;
    Ok(new_list(out))
}

fn finditer(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (string, subj, pos, endpos) = string_args(ts, "finditer", a, k)?;
    let this = a[0].clone();
    let mut start = pos;
    let mut must_advance = false;
    let mut done = false;
    Ok(new_native_iter(
        &types().native_iter,
        Box::new(move |ts| {
            if done || start > endpos {
                return Ok(None);
            }
            let pd = pat(&this);
            match run(ts, pd, &subj, start, endpos, Mode::Search, must_advance)? {
                Some(f) => {
                    must_advance = f.end == f.start;
                    start = f.end;
                    Ok(Some(new_match(&this, &string, &subj, pos, endpos, f)))
                }
                None => {
                    done = true;
                    Ok(None)
                }
            }
        }),
    ))
}

fn split(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, string, maxsplit] =
        parse_args(ts, "split", a, k, ["self", "string", "maxsplit"], 2, 3)?;
    let string = string.unwrap_or(Value::NONE);
    let pd = pat(&a[0]);
    let subj = subject_for(ts, &string, pd.is_bytes)?;
    let maxsplit = match maxsplit {
        Some(m) => p::index_i64(ts, &m)?,
        None => 0,
    };
    let mut out = Vec::new();
    let mut last = 0;
    if maxsplit >= 0 {
        let n = subj.len();
        each_match(ts, pd, &subj, 0, n, maxsplit as usize, |_, f| {
            out.push(subj.slice(last, f.start));
            for g in 1..=pd.groups {
                out.push(found_group(&subj, &f, g, &Value::NONE));
            }
            last = f.end;
            Ok(())
        })?;
    }
    out.push(subj.slice(last, subj.len()));
    Ok(new_list(out))
}

/// What replaces each match in `sub`.
enum Repl {
    Literal(Value),
    Call(Value),
}

fn has_backslash(v: &Value) -> Option<bool> {
    subject_of(v).map(|s| s.text.contains(&u32::from(b'\\')))
}

fn subx(ts: &ThreadState, a: &[Value], k: &[Value], name: &str) -> PyResult<(Value, usize)> {
    let [_, repl, string, count] =
        parse_args(ts, name, a, k, ["self", "repl", "string", "count"], 3, 4)?;
    let repl = repl.unwrap_or(Value::NONE);
    let string = string.unwrap_or(Value::NONE);
    let pd = pat(&a[0]);
    let subj = subject_for(ts, &string, pd.is_bytes)?;
    let count = match count {
        Some(c) => p::index_i64(ts, &c)?,
        None => 0,
    };
    let repl = if p::is_callable(&repl) {
        Repl::Call(repl)
    } else if has_backslash(&repl) == Some(false) {
        Repl::Literal(repl)
    } else {
        let re = import_module(ts, "re")?;
        let f = p::getattr_str(ts, &re, "_subx")?;
        let r = p::call(ts, &f, &[a[0].clone(), repl], &[])?;
        if p::is_callable(&r) {
            Repl::Call(r)
        } else {
            Repl::Literal(r)
        }
    };
    let mut pieces = Vec::new();
    let mut last = 0;
    let n = subj.len();
    let this = a[0].clone();
    let done = if count < 0 {
        0
    } else {
        each_match(ts, pd, &subj, 0, n, count as usize, |ts, f| {
            if last < f.start {
                pieces.push(subj.slice(last, f.start));
            }
            let end = f.end;
            match &repl {
                Repl::Literal(v) => pieces.push(v.clone()),
                Repl::Call(func) => {
                    let m = new_match(&this, &string, &subj, 0, n, f);
                    let r = p::call(ts, func, &[m], &[])?;
                    if !r.is_none() {
                        pieces.push(r);
                    }
                }
            }
            last = end;
            Ok(())
        })?
    };
    if last < n {
        pieces.push(subj.slice(last, n));
    }
    Ok((join(ts, &subj, &pieces)?, done))
}

/// Concatenates the pieces of a `sub` result.
fn join(ts: &ThreadState, subj: &Subject, pieces: &[Value]) -> PyResult<Value> {
    if subj.kind == Kind::Str {
        let mut out = String::new();
        for piece in pieces {
            match as_str(piece) {
                Some(s) => out.push_str(s),
                None => {
                    return Err(
                        ts.type_error(format!("expected str instance, {} found", type_name(piece)))
                    )
                }
            }
        }
        return Ok(new_str(out));
    }
    let mut out = Vec::new();
    for piece in pieces {
        if let Some(b) = as_bytes(piece) {
            out.extend_from_slice(b);
        } else if let Some(ba) = piece.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
            ba.0.with(|b| out.extend_from_slice(b));
        } else if let Some(b) = crate::builtins::memoryview::memoryview_bytes(piece) {
            out.extend_from_slice(&b);
        } else {
            return Err(ts.type_error(format!(
                "expected a bytes-like object, {} found",
                type_name(piece)
            )));
        }
    }
    Ok(new_bytes(out))
}

/// CPython's `re.compile(...)` repr.
fn pattern_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let pd = pat(v);
    let mut src = p::repr_string(ts, &pd.pattern)?;
    if src.chars().count() > 200 {
        src = src.chars().take(200).collect();
    }
    let mut flags = pd.flags;
    if pd.is_bytes != Some(true) && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    if flags == 0 {
        return Ok(new_str(format!("re.compile({src})")));
    }
    let names = [
        (1, "re.TEMPLATE"),
        (2, "re.IGNORECASE"),
        (4, "re.LOCALE"),
        (8, "re.MULTILINE"),
        (16, "re.DOTALL"),
        (32, "re.UNICODE"),
        (64, "re.VERBOSE"),
        (128, "re.DEBUG"),
        (256, "re.ASCII"),
    ];
    let mut parts = Vec::new();
    for (bit, name) in names {
        if flags & bit != 0 {
            parts.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        parts.push(format!("{flags:#x}"));
    }
    Ok(new_str(format!("re.compile({src}, {})", parts.join("|"))))
}

fn pattern_eq(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<bool> {
    let Some(y) = b.as_obj().and_then(|o| o.downcast::<PatternData>()) else {
        return Ok(false);
    };
    let x = pat(a);
    if a.is(b) {
        return Ok(true);
    }
    Ok(x.flags == y.flags
        && x.is_bytes == y.is_bytes
        && x.code == y.code
        && p::eq(ts, &x.pattern, &y.pattern)?)
}

fn pattern_hash(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    let pd = pat(v);
    let mut h = p::hash(ts, &pd.pattern)?;
    let mut code_hash: i64 = 0x345678;
    for &w in &pd.code {
        code_hash = code_hash.wrapping_mul(1_000_003) ^ i64::from(w);
    }
    h ^= code_hash ^ pd.flags ^ i64::from(pd.is_bytes == Some(true));
    Ok(if h == -1 { -2 } else { h })
}

/// Installs the methods of `re.Pattern`.
pub fn init(ty: &ObjRef) {
    set_slots(ty, |s| {
        s.repr = Some(pattern_repr);
        s.richcompare = Some(|ts, a, b, op| {
            if b.as_obj()
                .and_then(|o| o.downcast::<PatternData>())
                .is_none()
            {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            match op {
                CompareOp::Eq => Ok(Value::from_bool(pattern_eq(ts, a, b)?)),
                CompareOp::Ne => Ok(Value::from_bool(!pattern_eq(ts, a, b)?)),
                _ => Ok(Value::NOT_IMPLEMENTED),
            }
        });
        s.hash = Some(pattern_hash);
    });
    add_methods(
        ty,
        &[
            ("match", |ts, a, k| do_match(ts, a, k, "match", Mode::Match)),
            ("fullmatch", |ts, a, k| {
                do_match(ts, a, k, "fullmatch", Mode::FullMatch)
            }),
            ("search", |ts, a, k| {
                do_match(ts, a, k, "search", Mode::Search)
            }),
            ("findall", findall),
            ("finditer", finditer),
            ("split", split),
            ("sub", |ts, a, k| Ok(subx(ts, a, k, "sub")?.0)),
            ("subn", |ts, a, k| {
                let (r, n) = subx(ts, a, k, "subn")?;
                Ok(new_tuple(vec![r, int_from_i64(n as i64)]))
            }),
            ("scanner", |ts, a, k| {
                let (string, subj, pos, endpos) = string_args(ts, "scanner", a, k)?;
                Ok(new_scanner(&a[0], string, subj, pos, endpos))
            }),
            ("__copy__", |_, a, _| Ok(a[0].clone())),
            ("__deepcopy__", |_, a, _| Ok(a[0].clone())),
        ],
    );
    add_getsets(
        ty,
        &[
            ("pattern", |_, v| Ok(pat(v).pattern.clone()), None),
            ("flags", |_, v| Ok(int_from_i64(pat(v).flags)), None),
            (
                "groups",
                |_, v| Ok(int_from_i64(pat(v).groups as i64)),
                None,
            ),
            (
                "groupindex",
                |ts, v| {
                    let copy = p::call(
                        ts,
                        types().dict.as_value(),
                        &[pat(v).groupindex.clone()],
                        &[],
                    )?;
                    Ok(new_mappingproxy(copy))
                },
                None,
            ),
        ],
    );
}
