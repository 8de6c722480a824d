//! Slot wrappers: the slot functions installed on classes defined in Python, which forward a
//! protocol operation to the class's dunder method (CPython's `slot_tp_*`/`slot_nb_*`).
//! [`update_slots`] points every slot whose dunder the class defines at its wrapper. See
//! docs/design/object-model.md.

use crate::object::str::as_str;
use crate::object::typeobj::{CompareOp, Slots, TypeData, NB_COUNT};
use crate::object::ObjRef;
use crate::protocol::{self as p, type_lookup, type_name};
use crate::thread_state::ThreadState;
use crate::types::{type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Forward and reflected dunder names by `BINARY_OP` number.
pub const NB_NAMES: [(&str, &str, &str); NB_COUNT] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// Calls `type(obj).name(obj, *args)`; `None` if the type has no such attribute.
fn call_dunder(
    ts: &ThreadState,
    obj: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    p::call_special(ts, obj, name, args)
}

fn slot_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    match call_dunder(ts, v, "__repr__", &[])? {
        Some(r) => Ok(r),
        None => Ok(crate::object::str::new_str(p::default_repr(v))),
    }
}

fn slot_str(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    match call_dunder(ts, v, "__str__", &[])? {
        Some(r) => Ok(r),
        None => p::repr(ts, v),
    }
}

fn slot_hash(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    let ty = type_of(v);
    match type_lookup(ty, "__hash__") {
        Some(h) if h.is_none() => {
            Err(ts.type_error(format!("unhashable type: '{}'", type_name(v))))
        }
        Some(_) => {
            let r = call_dunder(ts, v, "__hash__", &[])?.unwrap_or(Value::NONE);
            match crate::object::int::as_bigint(&r) {
                Some(b) => Ok(crate::object::int::hash_bigint(&b)),
                None => Err(ts.type_error("__hash__ method should return an integer")),
            }
        }
        None => Ok(p::id_hash(v)),
    }
}

fn slot_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ty = type_of(a);
    match type_lookup(ty, op.dunder()) {
        Some(m) if !m.is_none() => {
            let bound = p::descr_get(ts, m, Some(a), ty.as_value())?;
            p::call(ts, &bound, std::slice::from_ref(b), &[])
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn slot_getattro(ts: &ThreadState, v: &Value, name: &ObjRef) -> PyResult<Value> {
    let ty = type_of(v);
    let getattribute = type_lookup(ty, "__getattribute__");
    let custom_ga = getattribute.as_ref().is_some_and(|g| {
        !g.as_obj()
            .is_some_and(|o| o.is::<crate::object::function::MethodDescrData>())
    });
    let r = if custom_ga {
        let g = getattribute.unwrap_or(Value::NONE);
        p::call(ts, &g, &[v.clone(), name.clone().into_value()], &[])
    } else {
        // The attribute lookup of the nearest native base (`type.__getattribute__` for a
        // metaclass, `object.__getattribute__` for plain classes).
        let native = p::mro(ty)
            .into_iter()
            .find(|t| !type_data(t).heap_type)
            .and_then(|t| type_data(&t).slots().getattro);
        match native {
            Some(f) => f(ts, v, name),
            None => p::generic_getattr(ts, v, name),
        }
    };
    match r {
        Err(e) if p::is_instance_of(e.value(), &types().attribute_error) => {
            match type_lookup(ty, "__getattr__") {
                Some(ga) => {
                    let bound = p::descr_get(ts, ga, Some(v), ty.as_value())?;
                    p::call(ts, &bound, &[name.clone().into_value()], &[])
                }
                None => Err(e),
            }
        }
        r => r,
    }
}

fn slot_setattro(ts: &ThreadState, v: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let (dunder, args) = match value {
        Some(val) => ("__setattr__", vec![name.clone().into_value(), val]),
        None => ("__delattr__", vec![name.clone().into_value()]),
    };
    let ty = type_of(v);
    // `object.__setattr__`/`__delattr__` themselves take the generic path directly.
    let generic = p::dict_get_str(&type_data(&types().object).dict, dunder);
    match type_lookup(ty, dunder) {
        Some(m) if !generic.as_ref().is_some_and(|g| g.is(&m)) => {
            let mut full = vec![v.clone()];
            full.extend(args);
            p::call(ts, &m, &full, &[]).map(drop)
        }
        _ => {
            let val = if dunder == "__setattr__" {
                args.into_iter().nth(1)
            } else {
                None
            };
            p::generic_setattr(ts, v, name, val)
        }
    }
}

fn slot_call(ts: &ThreadState, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let ty = type_of(v);
    match type_lookup(ty, "__call__") {
        Some(m) => {
            let bound = p::descr_get(ts, m, Some(v), ty.as_value())?;
            p::call(ts, &bound, args, kwnames)
        }
        None => Err(ts.type_error(format!("'{}' object is not callable", type_name(v)))),
    }
}

fn slot_iter(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    match type_lookup(type_of(v), "__iter__") {
        Some(m) if m.is_none() => {
            Err(ts.type_error(format!("'{}' object is not iterable", type_name(v))))
        }
        _ => call_dunder(ts, v, "__iter__", &[])?
            .ok_or_else(|| ts.type_error(format!("'{}' object is not iterable", type_name(v)))),
    }
}

fn slot_next(ts: &ThreadState, v: &Value) -> PyResult<Option<Value>> {
    match call_dunder(ts, v, "__next__", &[]) {
        Ok(Some(x)) => Ok(Some(x)),
        Ok(None) => Err(ts.type_error(format!("'{}' object is not an iterator", type_name(v)))),
        Err(e) if p::is_instance_of(e.value(), &types().stop_iteration) => {
            let val = crate::builtins::exceptions::stop_iteration_value(e.value());
            if val.is_none() {
                Ok(None)
            } else {
                Err(e)
            }
        }
        Err(e) => Err(e),
    }
}

fn slot_descr_get(
    ts: &ThreadState,
    d: &Value,
    obj: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    let ty = type_of(d);
    match type_lookup(ty, "__get__") {
        Some(m) => p::call(
            ts,
            &m,
            &[
                d.clone(),
                obj.cloned().unwrap_or(Value::NONE),
                owner.clone(),
            ],
            &[],
        ),
        None => Ok(d.clone()),
    }
}

fn slot_descr_set(ts: &ThreadState, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(d);
    match value {
        Some(v) => match type_lookup(ty, "__set__") {
            Some(m) => p::call(ts, &m, &[d.clone(), obj.clone(), v], &[]).map(drop),
            None => Err(ts.attribute_error("__set__")),
        },
        None => match type_lookup(ty, "__delete__") {
            Some(m) => p::call(ts, &m, &[d.clone(), obj.clone()], &[]).map(drop),
            None => Err(ts.attribute_error("__delete__")),
        },
    }
}

fn slot_nb<const OP: usize>(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let (fwd, rev, _) = NB_NAMES[OP];
    let ta = type_of(a);
    let tb = type_of(b);
    let mine = slot_nb::<OP> as *const () as usize;
    let a_heap = type_data(ta).slots().nb[OP].is_some_and(|f| f as usize == mine);
    let b_heap =
        !ta.is_same(tb) && type_data(tb).slots().nb[OP].is_some_and(|f| f as usize == mine);
    let call_rev = |ts: &ThreadState| -> PyResult<Value> {
        match type_lookup(tb, rev) {
            Some(m) if !m.is_none() => {
                let bound = p::descr_get(ts, m, Some(b), tb.as_value())?;
                p::call(ts, &bound, std::slice::from_ref(a), &[])
            }
            _ => Ok(Value::NOT_IMPLEMENTED),
        }
    };
    let mut tried_rev = false;
    if a_heap {
        // CPython's method_is_overloaded: the subclass must define its own reflected method.
        let overloaded = match (type_lookup(tb, rev), type_lookup(ta, rev)) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(x), Some(y)) => !x.is(&y),
        };
        if b_heap && p::is_subtype(tb, ta) && overloaded {
            tried_rev = true;
            let r = call_rev(ts)?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        if let Some(m) = type_lookup(ta, fwd) {
            if !m.is_none() {
                let bound = p::descr_get(ts, m, Some(a), ta.as_value())?;
                let r = p::call(ts, &bound, std::slice::from_ref(b), &[])?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
    }
    if b_heap && !tried_rev {
        return call_rev(ts);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn slot_nb_inplace<const OP: usize>(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let (_, _, name) = NB_NAMES[OP];
    match call_dunder(ts, a, name, std::slice::from_ref(b))? {
        Some(r) => Ok(r),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

macro_rules! unary_slot {
    ($fname:ident, $dunder:literal, $err:literal) => {
        fn $fname(ts: &ThreadState, v: &Value) -> PyResult<Value> {
            call_dunder(ts, v, $dunder, &[])?
                .ok_or_else(|| ts.type_error(format!($err, type_name(v))))
        }
    };
}
unary_slot!(slot_neg, "__neg__", "bad operand type for unary -: '{}'");
unary_slot!(slot_pos, "__pos__", "bad operand type for unary +: '{}'");
unary_slot!(
    slot_invert,
    "__invert__",
    "bad operand type for unary ~: '{}'"
);
unary_slot!(slot_abs, "__abs__", "bad operand type for abs(): '{}'");
unary_slot!(
    slot_index,
    "__index__",
    "'{}' object cannot be interpreted as an integer"
);
unary_slot!(
    slot_int,
    "__int__",
    "int() argument must be a string, a bytes-like object or a real number, not '{}'"
);
unary_slot!(slot_float, "__float__", "must be real number, not {}");

fn slot_bool(ts: &ThreadState, v: &Value) -> PyResult<bool> {
    let ty = type_of(v);
    if type_lookup(ty, "__bool__").is_some() {
        let r = call_dunder(ts, v, "__bool__", &[])?.unwrap_or(Value::TRUE);
        if !r.is_bool() {
            return Err(ts.type_error(format!(
                "__bool__ should return bool, returned {}",
                type_name(&r)
            )));
        }
        return Ok(r.is_true_singleton());
    }
    if type_lookup(ty, "__len__").is_some() {
        return Ok(slot_len(ts, v)? != 0);
    }
    Ok(true)
}

fn slot_len(ts: &ThreadState, v: &Value) -> PyResult<usize> {
    let r = call_dunder(ts, v, "__len__", &[])?
        .ok_or_else(|| ts.type_error(format!("object of type '{}' has no len()", type_name(v))))?;
    let n = p::index(ts, &r).map_err(|_| {
        ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&r)
        ))
    })?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(ts.value_error("__len__() should return >= 0"));
    }
    num_traits::ToPrimitive::to_isize(&n)
        .map(|x| x as usize)
        .ok_or_else(|| ts.overflow_error("cannot fit 'int' into an index-sized integer"))
}

fn slot_getitem(ts: &ThreadState, v: &Value, k: &Value) -> PyResult<Value> {
    call_dunder(ts, v, "__getitem__", std::slice::from_ref(k))?
        .ok_or_else(|| ts.type_error(format!("'{}' object is not subscriptable", type_name(v))))
}

fn slot_setitem(ts: &ThreadState, v: &Value, k: &Value, value: Option<Value>) -> PyResult<()> {
    let r = match value {
        Some(x) => call_dunder(ts, v, "__setitem__", &[k.clone(), x])?,
        None => call_dunder(ts, v, "__delitem__", std::slice::from_ref(k))?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(ts.type_error(format!(
            "'{}' object does not support item assignment",
            type_name(v)
        ))),
    }
}

fn slot_contains(ts: &ThreadState, v: &Value, item: &Value) -> PyResult<bool> {
    match type_lookup(type_of(v), "__contains__") {
        Some(m) if m.is_none() => {
            Err(ts.type_error(format!("'{}' object is not a container", type_name(v))))
        }
        Some(_) => {
            let r = call_dunder(ts, v, "__contains__", std::slice::from_ref(item))?
                .unwrap_or(Value::FALSE);
            p::truthy(ts, &r)
        }
        None => {
            let it = p::get_iter(ts, v)?;
            while let Some(x) = p::next(ts, &it)? {
                if p::eq(ts, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn slot_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let new = type_lookup(ty, "__new__").unwrap_or(Value::NONE);
    let f = match new
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::function::StaticMethodData>())
    {
        Some(sm) => sm.0.get(),
        None => new,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(ty.clone().into_value());
    full.extend_from_slice(args);
    p::call(ts, &f, &full, kwnames)
}

fn slot_init(ts: &ThreadState, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let ty = type_of(v);
    let Some(init) = type_lookup(ty, "__init__") else {
        return Ok(());
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(v.clone());
    full.extend_from_slice(args);
    let r = match init.as_obj() {
        Some(o)
            if o.is::<crate::object::function::FunctionData>()
                || o.is::<crate::object::function::MethodDescrData>() =>
        {
            p::call(ts, &init, &full, kwnames)?
        }
        _ => {
            let bound = p::descr_get(ts, init, Some(v), ty.as_value())?;
            p::call(ts, &bound, args, kwnames)?
        }
    };
    if !r.is_none() {
        return Err(ts.type_error(format!(
            "__init__() should return None, not '{}'",
            type_name(&r)
        )));
    }
    Ok(())
}

/// Runs `__del__` for an object being finalized; errors are reported as unraisable.
pub fn run_del(ts: &ThreadState, v: &Value) {
    let saved = ts.handled.get();
    if let Err(e) = call_dunder(ts, v, "__del__", &[]) {
        match type_lookup(type_of(v), "__del__") {
            Some(f) => crate::builtins::traceback::write_unraisable_for(ts, &f, &e),
            None => {
                crate::builtins::traceback::write_unraisable(ts, "Exception ignored in __del__", &e)
            }
        }
    }
    let old = ts.handled.replace(saved);
    drop(old);
}

/// Points the slots of a class at wrappers for every dunder it (or a Python base) defines.
pub fn update_slots(ty: &ObjRef) {
    let td = type_data(ty);
    // Native slots come from the classes along the MRO that define them; `__new__` from
    // the best base (CPython's `tp_base`).
    let mut s = Slots::default();
    for t in td.mro_tail.get() {
        crate::types::inherit_defined_slots(&mut s, &t);
    }
    s.new = td.base.get().and_then(|b| type_data(&b).slots().new);
    let has = |name: &str| matches!(definer(ty, name), Some(o) if type_data(&o).heap_type);
    // Along the MRO, the first class defining the dunder decides: a Python class gives the
    // slot its wrapper, a builtin class (its slot wrapper in the namespace, or a native slot
    // of its own) its native slot, as CPython's `update_one_slot` unwraps slot wrappers.
    macro_rules! set_if {
        ($field:ident, $name:literal, $f:expr) => {
            for t in p::mro(ty) {
                let d = type_data(&t);
                let entry = p::dict_get_str(&d.dict, $name);
                if d.heap_type {
                    if entry.is_some() {
                        s.$field = Some($f);
                        break;
                    }
                    continue;
                }
                let native = d.slots().$field.map(|f| f as usize);
                let base = d.base.get().and_then(|b| type_data(&b).slots().$field);
                if entry.as_ref().is_some_and(is_slot_wrapper)
                    || (native.is_some() && native != base.map(|f| f as usize))
                {
                    s.$field = d.slots().$field;
                    break;
                }
            }
        };
    }
    set_if!(repr, "__repr__", slot_repr);
    set_if!(str, "__str__", slot_str);
    if has("__hash__") || type_lookup(ty, "__hash__").is_some_and(|h| h.is_none()) {
        s.hash = Some(slot_hash);
    }
    for cmp in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"] {
        if has(cmp) {
            s.richcompare = Some(slot_richcompare);
        }
    }
    if has("__getattribute__") || has("__getattr__") {
        s.getattro = Some(slot_getattro);
    }
    if has("__setattr__") || has("__delattr__") {
        s.setattro = Some(slot_setattro);
    }
    set_if!(call, "__call__", slot_call);
    set_if!(iter, "__iter__", slot_iter);
    set_if!(next, "__next__", slot_next);
    set_if!(descr_get, "__get__", slot_descr_get);
    if has("__set__") || has("__delete__") {
        s.descr_set = Some(slot_descr_set);
    }
    set_if!(neg, "__neg__", slot_neg);
    set_if!(pos, "__pos__", slot_pos);
    set_if!(invert, "__invert__", slot_invert);
    set_if!(abs, "__abs__", slot_abs);
    set_if!(index, "__index__", slot_index);
    set_if!(int, "__int__", slot_int);
    set_if!(float, "__float__", slot_float);
    if has("__bool__") || has("__len__") {
        s.bool = Some(slot_bool);
    }
    set_if!(len, "__len__", slot_len);
    set_if!(getitem, "__getitem__", slot_getitem);
    if has("__setitem__") || has("__delitem__") {
        s.setitem = Some(slot_setitem);
    }
    set_if!(contains, "__contains__", slot_contains);
    if has("__new__") {
        s.new = Some(slot_new);
    }
    set_if!(init, "__init__", slot_init);
    macro_rules! nb {
        ($($i:literal),*) => {$(
            let (f, r, i) = NB_NAMES[$i];
            if has(f) || has(r) {
                s.nb[$i] = Some(slot_nb::<$i>);
            }
            if has(i) {
                s.nb_inplace[$i] = Some(slot_nb_inplace::<$i>);
            }
        )*};
    }
    nb!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    td.slots.with_mut(|slots| *slots = s);
    td.finalizer.set(has("__del__"));
}

/// Whether `v` is a builtin class's slot wrapper (`KeyError.__str__`).
fn is_slot_wrapper(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| o.is::<crate::object::function::SlotWrapperData>())
}

/// The class in `ty`'s MRO whose namespace defines `name` first.
fn definer(ty: &ObjRef, name: &str) -> Option<ObjRef> {
    p::mro(ty)
        .into_iter()
        .find(|t| p::dict_get_str(&type_data(t).dict, name).is_some())
}

/// Whether a type object is a class defined in Python.
pub fn is_heap_type(ty: &ObjRef) -> bool {
    ty.downcast::<TypeData>().is_some_and(|t| t.heap_type)
}

#[allow(dead_code)]
fn _unused() {
    let _ = as_str;
}
