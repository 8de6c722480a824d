//! The `_heapq` and `_bisect` modules under CPython's `Lib/heapq.py` and `Lib/bisect.py`.
//! The heap functions use the same sift algorithms as `heapq.py`'s pure-Python versions
//! (bubble the smaller child up to a leaf, then sift the new item down), so heaps have the
//! same layout as on CPython; comparisons use only `<`, and a comparison that changes the
//! list's size is a RuntimeError. `bisect_*`/`insort_*` work on any sequence with the
//! optional `key`. See docs/design/stdlib-bridge.md.

use crate::object::containers::{as_list, ListData};
use crate::object::int::int_from_i64;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::CompareOp;
use crate::object::ObjRef;
use crate::protocol::{self as p, new_builtin_function, type_name};
use crate::thread_state::ThreadState;
use crate::types::{self, dict_set_str};
use crate::value::Value;
use crate::PyResult;

// ----- _heapq -----

fn item(ts: &ThreadState, l: &ListData, i: usize) -> PyResult<Value> {
    l.0.with(|v| v.get(i).cloned())
        .ok_or_else(|| ts.index_error("list index out of range"))
}

fn set(l: &ListData, i: usize, x: Value) {
    let old =
        l.0.with_mut(|v| v.get_mut(i).map(|slot| std::mem::replace(slot, x)));
    drop(old);
}

fn len(l: &ListData) -> usize {
    l.0.with(Vec::len)
}

/// `a < b` (or `b < a` for the max-heap variants), failing if the list changed size.
fn less(
    ts: &ThreadState,
    l: &ListData,
    a: &Value,
    b: &Value,
    max: bool,
    size: usize,
) -> PyResult<bool> {
    let r = if max {
        p::compare_bool(ts, b, a, CompareOp::Lt)?
    } else {
        p::compare_bool(ts, a, b, CompareOp::Lt)?
    };
    if len(l) != size {
        return Err(ts.runtime_error("list changed size during iteration"));
    }
    Ok(r)
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(
    ts: &ThreadState,
    l: &ListData,
    start: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let size = len(l);
    let newitem = item(ts, l, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = item(ts, l, parentpos)?;
        if less(ts, l, &newitem, &parent, max, size)? {
            set(l, pos, parent);
            pos = parentpos;
            continue;
        }
        break;
    }
    set(l, pos, newitem);
    Ok(())
}

/// Moves the smaller child up from `pos` until a leaf, puts the item there, then sifts it
/// down into place.
fn sift_up(ts: &ThreadState, l: &ListData, mut pos: usize, max: bool) -> PyResult<()> {
    let end = len(l);
    let start = pos;
    let newitem = item(ts, l, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let c = item(ts, l, child)?;
            let r = item(ts, l, right)?;
            if !less(ts, l, &c, &r, max, end)? {
                child = right;
            }
        }
        let c = item(ts, l, child)?;
        set(l, pos, c);
        pos = child;
        child = 2 * pos + 1;
    }
    set(l, pos, newitem);
    sift_down(ts, l, start, pos, max)
}

fn heap_list<'a>(ts: &ThreadState, name: &str, v: &'a Value, one: bool) -> PyResult<&'a ListData> {
    as_list(v).ok_or_else(|| {
        ts.type_error(format!(
            "{name}() argument{} must be list, not {}",
            if one { "" } else { " 1" },
            type_name(v)
        ))
    })
}

fn nargs(ts: &ThreadState, name: &str, a: &[Value], k: &[Value], n: usize) -> PyResult<()> {
    crate::call::no_kwargs(ts, &format!("_heapq.{name}"), k)?;
    if a.len() == n {
        return Ok(());
    }
    Err(ts.type_error(if n == 1 {
        format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            a.len()
        )
    } else {
        format!("{name} expected {n} arguments, got {}", a.len())
    }))
}

fn heappush(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs(ts, "heappush", a, k, 2)?;
    let l = heap_list(ts, "heappush", &a[0], false)?;
    l.0.with_mut(|v| v.push(a[1].clone()));
    sift_down(ts, l, 0, len(l) - 1, false)?;
    Ok(Value::NONE)
}

fn pop(ts: &ThreadState, a: &[Value], k: &[Value], name: &str, max: bool) -> PyResult<Value> {
    nargs(ts, name, a, k, 1)?;
    let l = heap_list(ts, name, &a[0], true)?;
    let last =
        l.0.with_mut(Vec::pop)
            .ok_or_else(|| ts.index_error("index out of range"))?;
    if len(l) == 0 {
        return Ok(last);
    }
    let top = item(ts, l, 0)?;
    set(l, 0, last);
    sift_up(ts, l, 0, max)?;
    Ok(top)
}

fn replace(ts: &ThreadState, a: &[Value], k: &[Value], name: &str, max: bool) -> PyResult<Value> {
    nargs(ts, name, a, k, 2)?;
    let l = heap_list(ts, name, &a[0], false)?;
    if len(l) == 0 {
        return Err(ts.index_error("index out of range"));
    }
    let top = item(ts, l, 0)?;
    set(l, 0, a[1].clone());
    sift_up(ts, l, 0, max)?;
    Ok(top)
}

fn heappushpop(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs(ts, "heappushpop", a, k, 2)?;
    let l = heap_list(ts, "heappushpop", &a[0], false)?;
    if len(l) == 0 {
        return Ok(a[1].clone());
    }
    let top = item(ts, l, 0)?;
    if !p::compare_bool(ts, &top, &a[1], CompareOp::Lt)? {
        return Ok(a[1].clone());
    }
    if len(l) == 0 {
        return Err(ts.index_error("index out of range"));
    }
    let top = item(ts, l, 0)?;
    set(l, 0, a[1].clone());
    sift_up(ts, l, 0, false)?;
    Ok(top)
}

fn heapify(ts: &ThreadState, a: &[Value], k: &[Value], name: &str, max: bool) -> PyResult<Value> {
    nargs(ts, name, a, k, 1)?;
    let l = heap_list(ts, name, &a[0], true)?;
    for i in (0..len(l) / 2).rev() {
        sift_up(ts, l, i, max)?;
    }
    Ok(Value::NONE)
}

/// Fills the `_heapq` module namespace.
pub fn make_heapq_module(dict: &ObjRef) {
    dict_set_str(
        dict,
        "__about__",
        new_str("Heap queues\n\n(See heapq.py for the algorithm and its explanation.)"),
    );
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", |ts, a, k| pop(ts, a, k, "heappop", false)),
        ("heapreplace", |ts, a, k| {
            replace(ts, a, k, "heapreplace", false)
        }),
        ("heappushpop", heappushpop),
        ("heapify", |ts, a, k| heapify(ts, a, k, "heapify", false)),
        ("_heappop_max", |ts, a, k| {
            pop(ts, a, k, "_heappop_max", true)
        }),
        ("_heapreplace_max", |ts, a, k| {
            replace(ts, a, k, "_heapreplace_max", true)
        }),
        ("_heapify_max", |ts, a, k| {
            heapify(ts, a, k, "_heapify_max", true)
        }),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, new_builtin_function(name, *f, Some("_heapq")));
    }
}

// ----- _bisect -----

struct BisectArgs {
    a: Value,
    x: Value,
    lo: usize,
    hi: Option<i64>,
    key: Option<Value>,
}

fn index_arg(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    if crate::object::float::as_f64(v).is_some() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    p::index_i64(ts, v)
}

fn bisect_args(ts: &ThreadState, name: &str, a: &[Value], k: &[Value]) -> PyResult<BisectArgs> {
    let npos = a.len() - k.len();
    if npos > 4 {
        return Err(ts.type_error(format!(
            "{name}() takes at most 4 positional arguments ({npos} given)"
        )));
    }
    let names = ["a", "x", "lo", "hi", "key"];
    let mut slots: [Option<Value>; 5] = Default::default();
    for (i, v) in a[..npos].iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (kn, v) in k.iter().zip(&a[npos..]) {
        let kn = as_str(kn).unwrap_or("");
        match names.iter().position(|n| *n == kn) {
            Some(i) if slots[i].is_some() => {
                return Err(ts.type_error(format!(
                    "argument for {name}() given by name ('{kn}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(ts.type_error(format!(
                    "'{kn}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let [sa, sx, slo, shi, skey] = slots;
    let (Some(sa), Some(sx)) = (sa, sx) else {
        let missing = if npos == 0 && k.is_empty() { "a" } else { "x" };
        let pos = if missing == "a" { 1 } else { 2 };
        return Err(ts.type_error(format!(
            "{name}() missing required argument '{missing}' (pos {pos})"
        )));
    };
    let lo = match slo {
        Some(v) => index_arg(ts, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(ts.value_error("lo must be non-negative"));
    }
    let hi = match shi.filter(|h| !h.is_none()) {
        Some(v) => Some(index_arg(ts, &v)?).filter(|h| *h != -1),
        None => None,
    };
    Ok(BisectArgs {
        a: sa,
        x: sx,
        lo: lo as usize,
        hi,
        key: skey.filter(|k| !k.is_none()),
    })
}

/// The insertion point of `x` (already passed through `key` for insort).
fn bisect(ts: &ThreadState, args: &BisectArgs, x: &Value, right: bool) -> PyResult<usize> {
    let mut lo = args.lo as i64;
    let mut hi = match args.hi {
        Some(h) => h,
        None => p::len(ts, &args.a)? as i64,
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut v = p::getitem(ts, &args.a, &int_from_i64(mid))?;
        if let Some(key) = &args.key {
            v = p::call(ts, key, &[v], &[])?;
        }
        let go_right = if right {
            !p::compare_bool(ts, x, &v, CompareOp::Lt)?
        } else {
            p::compare_bool(ts, &v, x, CompareOp::Lt)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo as usize)
}

fn bisect_fn(ts: &ThreadState, a: &[Value], k: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "bisect_right" } else { "bisect_left" };
    let args = bisect_args(ts, name, a, k)?;
    let x = args.x.clone();
    Ok(int_from_i64(bisect(ts, &args, &x, right)? as i64))
}

fn insort_fn(ts: &ThreadState, a: &[Value], k: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "insort_right" } else { "insort_left" };
    let args = bisect_args(ts, name, a, k)?;
    let key_x = match &args.key {
        Some(key) => p::call(ts, key, std::slice::from_ref(&args.x), &[])?,
        None => args.x.clone(),
    };
    let at = bisect(ts, &args, &key_x, right)?;
    if let Some(l) =
        as_list(&args.a).filter(|_| types::type_of(&args.a).is_same(&types::types().list))
    {
        let x = args.x.clone();
        l.0.with_mut(|v| v.insert(at.min(v.len()), x));
    } else {
        p::call_method(
            ts,
            &args.a,
            "insert",
            &[int_from_i64(at as i64), args.x.clone()],
        )?;
    }
    Ok(Value::NONE)
}

/// Fills the `_bisect` module namespace.
pub fn make_bisect_module(dict: &ObjRef) {
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("bisect_left", |ts, a, k| bisect_fn(ts, a, k, false)),
        ("bisect_right", |ts, a, k| bisect_fn(ts, a, k, true)),
        ("insort_left", |ts, a, k| insort_fn(ts, a, k, false)),
        ("insort_right", |ts, a, k| insort_fn(ts, a, k, true)),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, new_builtin_function(name, *f, Some("_bisect")));
    }
}
