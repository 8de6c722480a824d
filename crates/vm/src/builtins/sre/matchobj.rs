//! `re.Match` (the result of a successful match: group spans, `group`/`groups`/`groupdict`,
//! `start`/`end`/`span`, `expand`, `lastindex`/`lastgroup`, `regs`) and `_sre.SRE_Scanner`
//! (successive `match`/`search` calls over one string). See docs/design/stdlib-bridge.md
//! (section `_sre`).

use std::cell::Cell;

use crate::builtins::classes::{payload, set_slots};
use crate::call::check_args;
use crate::import::import_module;
use crate::object::containers::{as_dict, as_tuple, new_dict, new_tuple};
use crate::object::int::{as_i64, int_from_i64};
use crate::object::str::new_str;
use crate::object::{alloc, ObjRef};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods};
use crate::value::Value;
use crate::PyResult;

use super::engine::Found;
use super::pattern::{pat, run, Mode};
use super::{sre_types, Subject};

/// Payload of `re.Match`.
pub struct MatchData {
    /// The pattern that matched.
    pattern: Value,
    /// The subject object.
    string: Value,
    /// The subject's text.
    subj: Subject,
    /// The `pos`/`endpos` the match was asked for.
    pos: usize,
    endpos: usize,
    /// The span of each group, group 0 first; `None` when it did not take part.
    spans: Vec<Option<(usize, usize)>>,
    /// The last closed group (`-1` for none).
    lastindex: isize,
}

fn md(v: &Value) -> &MatchData {
    payload::<MatchData>(v)
}

/// Makes a match object from a found match.
pub fn new_match(
    pattern: &Value,
    string: &Value,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    f: Found,
) -> Value {
    let groups = pat(pattern).groups;
    let mut spans = Vec::with_capacity(groups + 1);
    spans.push(Some((f.start, f.end)));
    for g in 0..groups {
        let a = f.marks.get(2 * g).copied().unwrap_or(-1);
        let b = f.marks.get(2 * g + 1).copied().unwrap_or(-1);
        spans.push((a >= 0 && b >= a).then_some((a as usize, b as usize)));
    }
    alloc(
        &sre_types().match_,
        MatchData {
            pattern: pattern.clone(),
            string: string.clone(),
            subj: subj.clone(),
            pos,
            endpos,
            spans,
            lastindex: f.lastindex,
        },
    )
    .into_value()
}

/// Resolves a group reference (number or name) to its number.
fn group_index(ts: &ThreadState, m: &MatchData, key: &Value) -> PyResult<usize> {
    let n = m.spans.len();
    let no_such = || ts.index_error("no such group");
    let is_int = crate::object::int::is_int(key);
    if is_int {
        let i = as_i64(key).ok_or_else(no_such)?;
        return usize::try_from(i)
            .ok()
            .filter(|&i| i < n)
            .ok_or_else(no_such);
    }
    let gi = &pat(&m.pattern).groupindex;
    if let Some(d) = as_dict(gi) {
        if p::hash(ts, key).is_err() {
            return Err(no_such());
        }
        if let Some(v) = p::dict_get(ts, d, key)? {
            if let Some(i) = as_i64(&v) {
                return usize::try_from(i)
                    .ok()
                    .filter(|&i| i < n)
                    .ok_or_else(no_such);
            }
        }
    }
    Err(no_such())
}

fn group_value(m: &MatchData, g: usize, default: &Value) -> Value {
    match m.spans.get(g).copied().flatten() {
        Some((a, b)) => m.subj.slice(a, b),
        None => default.clone(),
    }
}

/// The span of a group given by an optional argument (group 0 by default).
fn span_of(ts: &ThreadState, a: &[Value], k: &[Value], name: &str) -> PyResult<(i64, i64)> {
    check_args(ts, name, a, k, 1, 2)?;
    let m = md(&a[0]);
    let g = match a.get(1) {
        Some(key) => group_index(ts, m, key)?,
        None => 0,
    };
    Ok(match m.spans.get(g).copied().flatten() {
        Some((s, e)) => (s as i64, e as i64),
        None => (-1, -1),
    })
}

fn default_arg(ts: &ThreadState, a: &[Value], k: &[Value], name: &str) -> PyResult<Value> {
    let [_, default] = crate::call::parse_args(ts, name, a, k, ["self", "default"], 1, 2)?;
    Ok(default.unwrap_or(Value::NONE))
}

fn match_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let m = md(v);
    let (s, e) = m.spans.first().copied().flatten().unwrap_or((0, 0));
    let mut text = p::repr_string(ts, &m.subj.slice(s, e))?;
    if text.chars().count() > 50 {
        text = text.chars().take(50).collect();
    }
    Ok(new_str(format!(
        "<re.Match object; span=({s}, {e}), match={text}>"
    )))
}

fn span_tuple(span: Option<(usize, usize)>) -> Value {
    let (s, e) = span.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
    new_tuple(vec![int_from_i64(s), int_from_i64(e)])
}

/// Installs the methods of `re.Match` and `SRE_Scanner`.
pub fn init(match_ty: &ObjRef, scanner_ty: &ObjRef) {
    set_slots(match_ty, |s| {
        s.repr = Some(match_repr);
        s.getitem = Some(|ts, v, key| {
            let m = md(v);
            let g = group_index(ts, m, key)?;
            Ok(group_value(m, g, &Value::NONE))
        });
    });
    add_methods(
        match_ty,
        &[
            ("group", |ts, a, k| {
                crate::call::no_kwargs(ts, "group", k)?;
                let m = md(&a[0]);
                match a.len() {
                    1 => Ok(group_value(m, 0, &Value::NONE)),
                    2 => Ok(group_value(m, group_index(ts, m, &a[1])?, &Value::NONE)),
                    _ => {
                        let mut out = Vec::new();
                        for key in &a[1..] {
                            out.push(group_value(m, group_index(ts, m, key)?, &Value::NONE));
                        }
                        Ok(new_tuple(out))
                    }
                }
            }),
            ("__getitem__", |ts, a, k| {
                check_args(ts, "__getitem__", a, k, 2, 2)?;
                let m = md(&a[0]);
                Ok(group_value(m, group_index(ts, m, &a[1])?, &Value::NONE))
            }),
            ("groups", |ts, a, k| {
                let default = default_arg(ts, a, k, "groups")?;
                let m = md(&a[0]);
                Ok(new_tuple(
                    (1..m.spans.len())
                        .map(|g| group_value(m, g, &default))
                        .collect(),
                ))
            }),
            ("groupdict", |ts, a, k| {
                let default = default_arg(ts, a, k, "groupdict")?;
                let m = md(&a[0]);
                let out = new_dict();
                let gi = pat(&m.pattern).groupindex.clone();
                let Some(d) = out.downcast::<crate::object::containers::DictData>() else {
                    return Ok(out.into_value());
                };
                if !gi.is_none() {
                    let keys = p::collect(ts, &gi)?;
                    for key in keys {
                        let g = group_index(ts, m, &key)?;
                        p::dict_set(ts, d, key, group_value(m, g, &default))?;
                    }
                }
                Ok(out.into_value())
            }),
            ("start", |ts, a, k| {
                Ok(int_from_i64(span_of(ts, a, k, "start")?.0))
            }),
            ("end", |ts, a, k| {
                Ok(int_from_i64(span_of(ts, a, k, "end")?.1))
            }),
            ("span", |ts, a, k| {
                let (s, e) = span_of(ts, a, k, "span")?;
                Ok(new_tuple(vec![int_from_i64(s), int_from_i64(e)]))
            }),
            ("expand", |ts, a, k| {
                check_args(ts, "expand", a, k, 2, 2)?;
                let re = import_module(ts, "re")?;
                let f = p::getattr_str(ts, &re, "_expand")?;
                let pattern = md(&a[0]).pattern.clone();
                p::call(ts, &f, &[pattern, a[0].clone(), a[1].clone()], &[])
            }),
            ("__copy__", |_, a, _| Ok(a[0].clone())),
            ("__deepcopy__", |_, a, _| Ok(a[0].clone())),
        ],
    );
    add_getsets(
        match_ty,
        &[
            ("string", |_, v| Ok(md(v).string.clone()), None),
            ("re", |_, v| Ok(md(v).pattern.clone()), None),
            ("pos", |_, v| Ok(int_from_i64(md(v).pos as i64)), None),
            ("endpos", |_, v| Ok(int_from_i64(md(v).endpos as i64)), None),
            (
                "lastindex",
                |_, v| {
                    let i = md(v).lastindex;
                    Ok(if i < 0 {
                        Value::NONE
                    } else {
                        int_from_i64(i as i64)
                    })
                },
                None,
            ),
            (
                "lastgroup",
                |_, v| {
                    let m = md(v);
                    let Ok(i) = usize::try_from(m.lastindex) else {
                        return Ok(Value::NONE);
                    };
                    let names = &pat(&m.pattern).indexgroup;
                    Ok(as_tuple(names)
                        .and_then(|t| t.get(i).cloned())
                        .unwrap_or(Value::NONE))
                },
                None,
            ),
            (
                "regs",
                |_, v| {
                    Ok(new_tuple(
                        md(v).spans.iter().map(|&s| span_tuple(s)).collect(),
                    ))
                },
                None,
            ),
        ],
    );

    add_methods(
        scanner_ty,
        &[
            ("match", |ts, a, k| scan(ts, a, k, "match", Mode::Match)),
            ("search", |ts, a, k| scan(ts, a, k, "search", Mode::Search)),
        ],
    );
    add_getsets(
        scanner_ty,
        &[(
            "pattern",
            |_, v| Ok(payload::<ScannerData>(v).pattern.clone()),
            None,
        )],
    );
}

/// Payload of `SRE_Scanner`.
pub struct ScannerData {
    pattern: Value,
    string: Value,
    subj: Subject,
    pos: usize,
    endpos: usize,
    /// Where the next attempt starts.
    start: Cell<usize>,
    /// The previous match was empty.
    must_advance: Cell<bool>,
    /// No more matches.
    done: Cell<bool>,
}

/// Makes a scanner object.
pub fn new_scanner(
    pattern: &Value,
    string: Value,
    subj: Subject,
    pos: usize,
    endpos: usize,
) -> Value {
    alloc(
        &sre_types().scanner,
        ScannerData {
            pattern: pattern.clone(),
            string,
            subj,
            pos,
            endpos,
            start: Cell::new(pos),
            must_advance: Cell::new(false),
            done: Cell::new(false),
        },
    )
    .into_value()
}

fn scan(ts: &ThreadState, a: &[Value], k: &[Value], name: &str, mode: Mode) -> PyResult<Value> {
    check_args(ts, name, a, k, 1, 1)?;
    let sc = payload::<ScannerData>(&a[0]);
    if sc.done.get() || sc.start.get() > sc.endpos {
        return Ok(Value::NONE);
    }
    let pd = pat(&sc.pattern);
    let found = run(
        ts,
        pd,
        &sc.subj,
        sc.start.get(),
        sc.endpos,
        mode,
        sc.must_advance.get(),
    )?;
    match found {
        Some(f) => {
            sc.must_advance.set(f.end == f.start);
            sc.start.set(f.end);
            Ok(new_match(
                &sc.pattern,
                &sc.string,
                &sc.subj,
                sc.pos,
                sc.endpos,
                f,
            ))
        }
        None => {
            sc.done.set(true);
            Ok(Value::NONE)
        }
    }
}
