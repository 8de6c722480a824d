//! `BaseExceptionGroup` and `ExceptionGroup`: construction and validation, `message`,
//! `exceptions`, `split`/`subgroup`/`derive`, and the two run-time helpers of `except*`:
//! `CHECK_EG_MATCH` ([`eg_match`]) and `CALL_INTRINSIC_2 PREP_RERAISE_STAR`
//! ([`prep_reraise_star`]). See docs/design/exceptions.md, "Exception groups and except*".

use crate::builtins::classes::set_slots;
use crate::object::containers::{as_list, as_tuple, new_dict, new_list, new_tuple};
use crate::object::misc::ExceptionData;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::TypeData;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_class_methods, add_getsets, add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the exception group types' slots, methods and attributes. Runs after
/// `exceptions::init` has given every exception type `BaseException`'s slots.
pub fn init() {
    let t = types();
    // ExceptionGroup derives from (BaseExceptionGroup, Exception): the bootstrap created
    // it with a single base, so complete its bases and MRO here.
    let eg = type_data(&t.exception_group);
    if eg.bases.with(|b| b.len()) == 1 {
        eg.bases.with_mut(|b| b.push(t.exception.clone()));
        let mut tail = vec![t.base_exception_group.clone(), t.exception.clone()];
        tail.extend(type_data(&t.exception).mro_tail.get());
        let old = eg.mro_tail.replace(tail);
        drop(old);
    }
    for ty in [&t.base_exception_group, &t.exception_group] {
        set_slots(ty, |s| {
            s.new = Some(group_new);
            s.init = Some(group_init);
            s.str = Some(group_str);
        });
    }
    add_methods(
        &t.base_exception_group,
        &[("derive", derive), ("split", split), ("subgroup", subgroup)],
    );
    add_class_methods(
        &t.base_exception_group,
        &[("__class_getitem__", crate::builtins::classes::class_getitem)],
        false,
    );
    add_getsets(
        &t.base_exception_group,
        &[
            (
                "message",
                |_, v| Ok(group_parts(v).map_or(Value::NONE, |(m, _)| m)),
                Some(readonly),
            ),
            (
                "exceptions",
                |_, v| Ok(group_parts(v).map_or(Value::NONE, |(_, e)| e)),
                Some(readonly),
            ),
        ],
    );
}

fn readonly(ts: &ThreadState, _: &Value, _: Option<Value>) -> PyResult<()> {
    Err(ts.attribute_error("readonly attribute"))
}

/// `(message, exceptions)` of an exception group instance.
fn group_parts(v: &Value) -> Option<(Value, Value)> {
    v.as_obj()
        .and_then(|o| o.downcast::<ExceptionData>())
        .and_then(|d| d.group.clone())
}

/// Is `v` an instance of `BaseExceptionGroup`?
pub fn is_group(v: &Value) -> bool {
    p::is_instance_of(v, &types().base_exception_group)
}

/// The sub-exceptions of an exception group (empty for anything else).
pub fn sub_exceptions(v: &Value) -> Vec<Value> {
    group_parts(v)
        .and_then(|(_, e)| as_tuple(&e).map(<[Value]>::to_vec))
        .unwrap_or_default()
}

/// `PySequence_Check`: has `__getitem__` and is not a mapping we know of.
fn is_sequence(v: &Value) -> bool {
    let ty = type_of(v);
    if p::is_subtype(ty, &types().dict) {
        return false;
    }
    as_tuple(v).is_some() || as_list(v).is_some() || p::type_lookup(ty, "__getitem__").is_some()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = types();
    let npos = args.len() - kwnames.len();
    if npos != 2 {
        return Err(ts.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({npos} given)"
        )));
    }
    let (message, excs) = (&args[0], &args[1]);
    if as_str(message).is_none() {
        return Err(ts.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    if !is_sequence(excs) {
        return Err(ts.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = p::collect(ts, excs)?;
    if items.is_empty() {
        return Err(ts.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !p::is_instance_of(e, &t.base_exception) {
            return Err(ts.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !p::is_instance_of(e, &t.exception) {
            nested_base = true;
        }
    }
    let mut cls = ty.clone();
    if cls.is_same(&t.base_exception_group) {
        if !nested_base {
            cls = t.exception_group.clone();
        }
    } else if cls.is_same(&t.exception_group) {
        if nested_base {
            return Err(ts.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && p::is_subtype(&cls, &t.exception) {
        return Err(ts.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            type_data(&cls).name()
        )));
    }
    let e = alloc(
        &cls,
        ExceptionData {
            args: PyCell::new(new_tuple(args[..npos].to_vec())),
            traceback: PyCell::new(Value::NONE),
            cause: PyCell::new(Value::NONE),
            context: PyCell::new(Value::NONE),
            suppress_context: PyCell::new(false),
            group: Some((message.clone(), new_tuple(items))),
            fields: PyCell::new(Vec::new()),
        },
    );
    e.set_dict(Some(new_dict()));
    Ok(e.into_value())
}

/// `BaseExceptionGroup.__init__`: no keywords; stores `args`.
fn group_init(ts: &ThreadState, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(ts.type_error(format!("{}() takes no keyword arguments", type_name(v))));
    }
    if let Some(d) = v.as_obj().and_then(|o| o.downcast::<ExceptionData>()) {
        let old = d.args.replace(new_tuple(args.to_vec()));
        drop(old);
    }
    Ok(())
}

/// `str(eg)`: `message (N sub-exceptions)`.
fn group_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let Some((message, excs)) = group_parts(v) else {
        return Ok(new_str(""));
    };
    let n = as_tuple(&excs).map_or(0, <[Value]>::len);
    let msg = p::str_string(ts, &message)?;
    Ok(new_str(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

fn one_arg<'v>(ts: &ThreadState, a: &'v [Value], name: &str) -> PyResult<&'v Value> {
    match a {
        [_, x] => Ok(x),
        _ => Err(ts.type_error(format!(
            "{name} expected 1 argument, got {}",
            a.len().saturating_sub(1)
        ))),
    }
}

/// `eg.derive(excs)`: a group with the same message (always built by `BaseExceptionGroup`).
fn derive(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let excs = one_arg(ts, a, "derive")?;
    let message = group_parts(&a[0]).map_or_else(|| new_str(""), |(m, _)| m);
    make_group(ts, message, excs.clone())
}

/// `BaseExceptionGroup(message, excs)`.
fn make_group(ts: &ThreadState, message: Value, excs: Value) -> PyResult<Value> {
    p::call(
        ts,
        types().base_exception_group.as_value(),
        &[message, excs],
        &[],
    )
}

/// What `split`/`subgroup` select.
enum Matcher {
    /// Instances of these exception classes.
    Types(Value),
    /// Exceptions for which the callable returns true.
    Predicate(Value),
    /// Exactly these leaf exceptions (identity), for `except*` re-raising.
    Leaves(Vec<u64>),
}

fn is_exception_class(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| o.is::<TypeData>() && p::is_subtype(o, &types().base_exception))
}

fn matcher_of(ts: &ThreadState, v: &Value) -> PyResult<Matcher> {
    let is_type = v.as_obj().is_some_and(|o| o.is::<TypeData>());
    if p::is_callable(v) && !is_type {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exception_class(v) {
        return Ok(Matcher::Types(v.clone()));
    }
    if type_of(v).is_same(&types().tuple) {
        if let Some(items) = as_tuple(v) {
            if items.iter().all(is_exception_class) {
                return Ok(Matcher::Types(v.clone()));
            }
        }
    }
    Err(ts.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(ts: &ThreadState, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => Ok(instance_of_any(e, t)),
        Matcher::Predicate(f) => {
            let r = p::call(ts, f, std::slice::from_ref(e), &[])?;
            p::truthy(ts, &r)
        }
        Matcher::Leaves(ids) => Ok(ids.contains(&e.bits())),
    }
}

/// `isinstance(e, t)` for an exception class or a tuple of them (no `__instancecheck__`).
fn instance_of_any(e: &Value, t: &Value) -> bool {
    match as_tuple(t) {
        Some(items) => items.iter().any(|x| instance_of_any(e, x)),
        None => t.as_obj().is_some_and(|o| p::is_instance_of(e, o)),
    }
}

/// Splits `exc` by `m` into (matching part, rest); the rest only if `want_rest`.
fn split_rec(
    ts: &ThreadState,
    exc: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(ts, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(exc) {
        return Ok((None, want_rest.then(|| exc.clone())));
    }
    ts.enter_recursive_call(" in exceptiongroup_split_recursive")?;
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    let mut result = Ok(());
    for e in sub_exceptions(exc) {
        match split_rec(ts, &e, m, want_rest) {
            Ok((a, b)) => {
                matched.extend(a);
                rest.extend(b);
            }
            Err(err) => {
                result = Err(err);
                break;
            }
        }
    }
    ts.leave_recursive_call();
    result?;
    let matched = subset(ts, exc, matched)?;
    let rest = if want_rest {
        subset(ts, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and a copy of its notes.
fn subset(ts: &ThreadState, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = p::call_method(ts, orig, "derive", &[new_list(excs)])?;
    if !is_group(&eg) {
        return Err(ts.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (exc_data(orig), exc_data(&eg)) {
        let tb = dst.traceback.replace(src.traceback.get());
        let cause = dst.cause.replace(src.cause.get());
        let context = dst.context.replace(src.context.get());
        dst.suppress_context.with_mut(|s| *s = true);
        drop((tb, cause, context));
    }
    if let Some(notes) = p::getattr_opt(ts, orig, "__notes__")? {
        if is_sequence(&notes) {
            let copy = new_list(p::collect(ts, &notes)?);
            p::setattr(
                ts,
                &eg,
                &crate::object::str::intern("__notes__"),
                Some(copy),
            )?;
        }
    }
    Ok(Some(eg))
}

fn exc_data(v: &Value) -> Option<&ExceptionData> {
    v.as_obj().and_then(|o| o.downcast::<ExceptionData>())
}

fn opt(v: Option<Value>) -> Value {
    v.unwrap_or(Value::NONE)
}

/// `eg.split(matcher)` -> `(match, rest)`.
fn split(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = matcher_of(ts, one_arg(ts, a, "split")?)?;
    let (matched, rest) = split_rec(ts, &a[0], &m, true)?;
    Ok(new_tuple(vec![opt(matched), opt(rest)]))
}

/// `eg.subgroup(matcher)` -> the matching part or None.
fn subgroup(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = matcher_of(ts, one_arg(ts, a, "subgroup")?)?;
    let (matched, _) = split_rec(ts, &a[0], &m, false)?;
    Ok(opt(matched))
}

/// The type operand of `except*`: exception classes only, and no exception groups.
fn check_except_star_type(ts: &ThreadState, ty: &Value) -> PyResult<()> {
    let items: Vec<Value> = match as_tuple(ty) {
        Some(items) => items.to_vec(),
        None => vec![ty.clone()],
    };
    if !items.iter().all(is_exception_class) {
        return Err(
            ts.type_error("catching classes that do not inherit from BaseException is not allowed")
        );
    }
    let beg = &types().base_exception_group;
    if items
        .iter()
        .any(|t| t.as_obj().is_some_and(|o| p::is_subtype(o, beg)))
    {
        return Err(ts.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// `CHECK_EG_MATCH`: splits the exception being handled by an `except*` clause's type into
/// `(rest, match)`. A naked exception that matches is wrapped in a group with an empty
/// message. A non-None match becomes the handled exception (`sys.exception()`).
pub fn eg_match(ts: &ThreadState, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_except_star_type(ts, ty)?;
    if exc.is_none() {
        return Ok((Value::NONE, Value::NONE));
    }
    let (rest, matched) = if instance_of_any(exc, ty) {
        let matched = if is_group(exc) {
            exc.clone()
        } else {
            make_group(ts, new_str(""), new_tuple(vec![exc.clone()]))?
        };
        (Value::NONE, matched)
    } else if is_group(exc) {
        let pair = p::call_method(ts, exc, "split", std::slice::from_ref(ty))?;
        match as_tuple(&pair) {
            Some([m, r]) => (r.clone(), m.clone()),
            _ => {
                return Err(ts.type_error(format!(
                    "{}.split must return a 2-tuple, got {}",
                    type_name(exc),
                    type_name(&pair)
                )))
            }
        }
    } else {
        (exc.clone(), Value::NONE)
    };
    if !matched.is_none() {
        let old = ts.handled.replace(matched.clone());
        drop(old);
    }
    Ok((rest, matched))
}

/// Were `a` and `b` split from the same group (same traceback, cause and context)?
fn same_metadata(a: &Value, b: &Value) -> bool {
    match (exc_data(a), exc_data(b)) {
        (Some(x), Some(y)) => {
            x.traceback.get().bits() == y.traceback.get().bits()
                && x.cause.get().bits() == y.cause.get().bits()
                && x.context.get().bits() == y.context.get().bits()
        }
        _ => false,
    }
}

fn collect_leaves(ts: &ThreadState, e: &Value, out: &mut Vec<u64>) -> PyResult<()> {
    if !is_group(e) {
        out.push(e.bits());
        return Ok(());
    }
    ts.enter_recursive_call(" in collect_exception_group_leaf_ids")?;
    let mut r = Ok(());
    for x in sub_exceptions(e) {
        r = collect_leaves(ts, &x, out);
        if r.is_err() {
            break;
        }
    }
    ts.leave_recursive_call();
    r
}

/// `CALL_INTRINSIC_2 PREP_RERAISE_STAR`: combines what the `except*` clauses raised
/// (`excs`: exceptions raised in handler bodies, re-raised matches, and the unmatched rest
/// last) into the exception to re-raise after the `try`, or None.
///
/// Re-raised parts (recognised by sharing `orig`'s traceback, cause and context) are
/// merged back into one group shaped like `orig`. If anything new was raised, the result
/// is a new group with an empty message holding the newly raised exceptions followed by
/// that re-raised group. A naked (non-group) `orig` was wrapped in a group of one, so
/// at most one clause ran: its outcome is returned as is.
pub fn prep_reraise_star(ts: &ThreadState, orig: &Value, excs: &Value) -> PyResult<Value> {
    let items = as_list(excs).map(|l| l.0.get()).unwrap_or_default();
    let Some(first) = items.first() else {
        return Ok(Value::NONE);
    };
    if !is_group(orig) {
        // A naked exception was wrapped: at most one clause ran.
        return Ok(first.clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in items.iter().filter(|e| !e.is_none()) {
        if same_metadata(e, orig) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    let mut leaves = Vec::new();
    for e in &reraised {
        collect_leaves(ts, e, &mut leaves)?;
    }
    let reraised_eg = if leaves.is_empty() {
        None
    } else {
        split_rec(ts, orig, &Matcher::Leaves(leaves), false)?.0
    };
    if raised.is_empty() {
        return Ok(opt(reraised_eg));
    }
    // CPython 3.11 wraps even a single raised exception.
    raised.extend(reraised_eg);
    make_group(ts, new_str(""), new_list(raised))
}
