//! The abstract object protocol (CPython's `abstract.c`/`object.c`): `repr`, `str`, `hash`,
//! rich comparison, truth, attribute access with descriptors, calls, iteration, the number
//! protocol with reflected-operand fallbacks, and the sequence/mapping protocol. Everything
//! dispatches through type slots. See docs/design/object-model.md.

use num_bigint::BigInt;

use crate::object::containers::{as_dict, as_tuple, DictData};
use crate::object::function::NativeFn;
use crate::object::int::{as_bigint, as_i64};
use crate::object::str::{as_str, as_str_data, intern, new_str, StrData};
use crate::object::typeobj::{CompareOp, TypeData, NB_COUNT};
use crate::object::ObjRef;
use crate::thread_state::ThreadState;
use crate::types::{type_data, type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// `repr(v)` as a str value.
pub fn repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let ty = type_of(v);
    match type_data(ty).slots().repr {
        Some(f) => {
            ts.enter_recursive_call(" while getting the repr of an object")?;
            let r = f(ts, v);
            ts.leave_recursive_call();
            let r = r?;
            if as_str(&r).is_none() {
                return Err(ts.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    type_name(&r)
                )));
            }
            Ok(r)
        }
        None => Ok(new_str(default_repr(v))),
    }
}

/// `repr(v)` as a Rust string.
pub fn repr_string(ts: &ThreadState, v: &Value) -> PyResult<String> {
    let r = repr(ts, v)?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

/// `<module.Type object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let ty = type_of(v);
    let td = type_data(ty);
    let module = type_module_name(ty);
    let addr = v
        .as_obj()
        .map_or(v.bits() as usize, |o| o.as_ptr() as usize);
    match module {
        Some(m) if m != "builtins" => {
            format!("<{}.{} object at {:#x}>", m, td.qualname.get(), addr)
        }
        _ => format!("<{} object at {:#x}>", td.qualname.get(), addr),
    }
}

/// The `__module__` of a type, if it is a str.
pub fn type_module_name(ty: &ObjRef) -> Option<String> {
    let td = type_data(ty);
    let m = dict_get_str(&td.dict, "__module__").and_then(|m| as_str(&m).map(str::to_string));
    if !td.heap_type {
        // Native types live in `builtins` unless they say otherwise (`weakref.ref`).
        return Some(m.unwrap_or_else(|| "builtins".into()));
    }
    m
}

/// `str(v)` as a str value.
pub fn str_(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    if let Some(o) = v.as_obj() {
        if o.type_obj().header.type_ptr().is_null() {
            return Ok(new_str(""));
        }
        if std::ptr::eq(o.header().type_ptr(), types().str.as_ptr()) {
            return Ok(v.clone());
        }
    }
    let ty = type_of(v);
    match type_data(ty).slots().str {
        Some(f) => {
            ts.enter_recursive_call(" while getting the str of an object")?;
            let r = f(ts, v);
            ts.leave_recursive_call();
            let r = r?;
            if as_str(&r).is_none() {
                return Err(ts.type_error(format!(
                    "__str__ returned non-string (type {})",
                    type_name(&r)
                )));
            }
            Ok(r)
        }
        None => repr(ts, v),
    }
}

/// `str(v)` as a Rust string.
pub fn str_string(ts: &ThreadState, v: &Value) -> PyResult<String> {
    let r = str_(ts, v)?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

/// CPython's `tp_name`: native types outside `builtins` are named with their module
/// (`collections.deque`); classes by their `__name__`.
pub fn tp_name(ty: &ObjRef) -> String {
    let td = type_data(ty);
    if !td.heap_type {
        if let Some(m) = type_module_name(ty).filter(|m| m != "builtins") {
            return format!("{m}.{}", td.name());
        }
    }
    td.name()
}

/// The type name of a value (`type(v).__name__`).
pub fn type_name(v: &Value) -> String {
    type_data(type_of(v)).name()
}

/// `hash(v)`.
pub fn hash(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::object::int::hash_i64(i));
    }
    if let Some(s) = as_str_data(v) {
        if std::ptr::eq(type_of(v).as_ptr(), types().str.as_ptr()) {
            return Ok(s.hash());
        }
    }
    match type_data(type_of(v)).slots().hash {
        Some(f) => f(ts, v),
        None => Err(ts.type_error(format!("unhashable type: '{}'", tp_name(type_of(v))))),
    }
}

/// Identity-based hash used by `object.__hash__`.
pub fn id_hash(v: &Value) -> i64 {
    let addr = v.as_obj().map_or(v.bits(), |o| o.as_ptr() as u64);
    let h = addr.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Is `a` a subtype of `b` (both type objects)?
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if a.is_same(b) {
        return true;
    }
    match a.downcast::<TypeData>() {
        Some(td) => td.mro_tail.with(|m| m.iter().any(|t| t.is_same(b))),
        None => false,
    }
}

/// `isinstance(v, ty)` for a type object, without `__instancecheck__`.
#[inline]
pub fn is_instance_of(v: &Value, ty: &ObjRef) -> bool {
    is_subtype(type_of(v), ty)
}

/// The method resolution order of a type, starting with the type itself.
pub fn mro(ty: &ObjRef) -> Vec<ObjRef> {
    let mut out = vec![ty.clone()];
    out.extend(type_data(ty).mro_tail.get());
    out
}

/// Finds `name` in a type's MRO dicts (no descriptors invoked).
pub fn type_lookup(ty: &ObjRef, name: &str) -> Option<Value> {
    let hash = crate::object::str::hash_str(name);
    if let Some(v) = dict_get_str_hashed(&type_data(ty).dict, name, hash) {
        return Some(v);
    }
    type_data(ty).mro_tail.with(|m| {
        for t in m {
            if let Some(v) = dict_get_str_hashed(&type_data(t).dict, name, hash) {
                return Some(v);
            }
        }
        None
    })
}

/// Looks up an interned str key (an attribute or variable name) in a dict object using the
/// name's cached hash; keys are compared by identity first, then by content. No Python code
/// runs.
#[inline]
pub fn dict_get_interned(dict: &ObjRef, name: &ObjRef) -> Option<Value> {
    let d = dict.downcast::<DictData>()?;
    let sd = as_str_data(name.as_value())?;
    let h = sd.hash();
    d.0.with(|t| {
        match t.probe(h, |e| {
            e.key.is(name.as_value()) || as_str(&e.key) == Some(&*sd.s)
        }) {
            crate::object::table::Probe::Found(ix) => {
                t.entries[ix].as_ref().map(|e| e.value.clone())
            }
            crate::object::table::Probe::Missing => None,
        }
    })
}

const ATTR_CACHE_SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct AttrCacheEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    /// Borrowed value bits (NULL for "not found").
    value: u64,
}

thread_local! {
    static ATTR_CACHE: std::cell::RefCell<Box<[AttrCacheEntry]>> = std::cell::RefCell::new(
        vec![AttrCacheEntry { ty: 0, name: 0, epoch: 0, value: 0 }; ATTR_CACHE_SIZE].into_boxed_slice()
    );
}

/// Bumped whenever any type's namespace or MRO changes (process-wide: a class changed by one
/// thread invalidates every thread's caches).
static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The current type epoch: a cache entry recorded under the same epoch is still valid.
#[inline(always)]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Invalidates every cached type attribute lookup (called whenever any type's namespace
/// changes; class attribute assignment is rare, so a global epoch is enough).
pub fn invalidate_type_cache() {
    TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// Finds an interned name in a type's MRO dicts (no descriptors invoked), through a cache
/// keyed by (type, name) and validated by the global type epoch (CPython's method cache).
#[inline]
pub fn type_lookup_name(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let t = ty.as_ptr() as usize;
    let n = name.as_ptr() as usize;
    let slot = ((t >> 4) ^ (n >> 4).wrapping_mul(31)) & (ATTR_CACHE_SIZE - 1);
    let epoch = type_epoch();
    let hit = ATTR_CACHE.with(|c| {
        let e = c.borrow()[slot];
        (e.ty == t && e.name == n && e.epoch == epoch).then_some(e.value)
    });
    if let Some(bits) = hit {
        if bits == Value::NULL.bits() {
            return None;
        }
        // SAFETY: the epoch is unchanged, so the type dict still holds this value; clone the
        // borrowed bits into an owned reference.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
        return Some((*v).clone());
    }
    let r = type_lookup_name_uncached(ty, name);
    // Only interned names are stable keys (they are immortal).
    if name.header().refcnt() >= crate::object::IMMORTAL_REFCNT / 2 {
        let bits = r.as_ref().map_or(Value::NULL.bits(), Value::bits);
        ATTR_CACHE.with(|c| {
            c.borrow_mut()[slot] = AttrCacheEntry {
                ty: t,
                name: n,
                epoch,
                value: bits,
            }
        });
    }
    r
}

fn type_lookup_name_uncached(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let td = type_data(ty);
    if let Some(v) = dict_get_interned(&td.dict, name) {
        return Some(v);
    }
    td.mro_tail.with(|m| {
        for t in m {
            if let Some(v) = dict_get_interned(&type_data(t).dict, name) {
                return Some(v);
            }
        }
        None
    })
}

/// Looks a str key up in a dict object without running Python code (non-str keys are
/// skipped). For namespaces: module globals, type dicts, instance dicts.
pub fn dict_get_str(dict: &ObjRef, name: &str) -> Option<Value> {
    dict_get_str_hashed(dict, name, crate::object::str::hash_str(name))
}

/// [`dict_get_str`] with the name's hash already computed.
#[inline]
pub fn dict_get_str_hashed(dict: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let d = dict.downcast::<DictData>()?;
    d.0.with(|t| match t.probe(hash, |e| as_str(&e.key) == Some(name)) {
        crate::object::table::Probe::Found(ix) => t.entries[ix].as_ref().map(|e| e.value.clone()),
        crate::object::table::Probe::Missing => None,
    })
}

/// Looks up a key whose hash is known, comparing str keys by content and everything else by
/// identity first, then `==` (which may run Python code).
pub fn dict_lookup(
    ts: &ThreadState,
    d: &DictData,
    key: &Value,
    hash: i64,
) -> PyResult<Option<(usize, Value)>> {
    let key_str = as_str(key).filter(|_| std::ptr::eq(type_of(key).as_ptr(), types().str.as_ptr()));
    loop {
        // Fast path: identity or exact-str equality, no Python code.
        let fast = d.0.with(|t| {
            match t.probe(hash, |e| {
                e.key.is(key)
                    || (key_str.is_some()
                        && as_str(&e.key) == key_str
                        && std::ptr::eq(type_of(&e.key).as_ptr(), types().str.as_ptr()))
            }) {
                crate::object::table::Probe::Found(ix) => {
                    Some(Some((ix, t.entries[ix].as_ref().map(|e| e.value.clone()))))
                }
                crate::object::table::Probe::Missing => {
                    if key_str.is_some()
                        && t.candidates(hash).iter().all(|&ix| {
                            t.entries[ix].as_ref().is_some_and(|e| {
                                as_str(&e.key).is_some()
                                    && std::ptr::eq(type_of(&e.key).as_ptr(), types().str.as_ptr())
                            })
                        })
                    {
                        Some(None)
                    } else {
                        None
                    }
                }
            }
        });
        match fast {
            Some(Some((ix, Some(v)))) => return Ok(Some((ix, v))),
            Some(Some((_, None))) | Some(None) => return Ok(None),
            None => {}
        }
        let (layout, cands) = d.0.with(|t| (t.layout, t.candidates(hash)));
        let mut restart = false;
        for ix in cands {
            let Some(k) = d.0.with(|t| {
                t.entries
                    .get(ix)
                    .and_then(|e| e.as_ref().map(|e| e.key.clone()))
            }) else {
                continue;
            };
            let equal = k.is(key) || eq(ts, &k, key)?;
            // As CPython's dict lookup: restart only if the keys storage was replaced or the
            // compared entry changed under `__eq__`.
            let moved = d.0.with(|t| {
                t.layout != layout
                    || !t
                        .entries
                        .get(ix)
                        .is_some_and(|e| e.as_ref().is_some_and(|e| e.key.is(&k)))
            });
            if moved {
                restart = true;
                break;
            }
            if equal {
                let v = d.0.with(|t| {
                    t.entries
                        .get(ix)
                        .and_then(|e| e.as_ref().map(|e| e.value.clone()))
                });
                if let Some(v) = v {
                    return Ok(Some((ix, v)));
                }
            }
        }
        if !restart {
            return Ok(None);
        }
    }
}

/// `d[key]` for a dict payload, `None` if missing.
pub fn dict_get(ts: &ThreadState, d: &DictData, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(ts, key)?;
    Ok(dict_lookup(ts, d, key, h)?.map(|(_, v)| v))
}

/// `d[key] = value` for a dict payload.
pub fn dict_set(ts: &ThreadState, d: &DictData, key: Value, value: Value) -> PyResult<()> {
    let h = hash(ts, &key)?;
    match dict_lookup(ts, d, &key, h)? {
        Some((ix, _)) => {
            let old = d.0.with_mut(|t| {
                t.version = crate::object::table::next_version();
                t.entries
                    .get_mut(ix)
                    .and_then(|e| e.as_mut().map(|e| std::mem::replace(&mut e.value, value)))
            });
            drop(old);
        }
        None => d.0.with_mut(|t| t.push(h, key, value)),
    }
    Ok(())
}

/// `del d[key]`; returns the removed value, `None` if missing.
pub fn dict_del(ts: &ThreadState, d: &DictData, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(ts, key)?;
    match dict_lookup(ts, d, key, h)? {
        Some((ix, _)) => {
            let e = d.0.with_mut(|t| t.remove_at(ix));
            Ok(e.map(|e| e.value))
        }
        None => Ok(None),
    }
}

/// Sets a str-keyed item in a dict object (keys interned).
pub fn dict_set_str(ts: &ThreadState, dict: &ObjRef, name: &str, value: Value) -> PyResult<()> {
    match dict.downcast::<DictData>() {
        Some(d) => dict_set(ts, d, intern(name).into_value(), value),
        None => setitem(ts, dict.as_value(), &new_str(name), value),
    }
}

/// Rich comparison with CPython's reflection rules.
pub fn richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ta = type_of(a);
    let tb = type_of(b);
    let mut checked_reverse = false;
    if !ta.is_same(tb) && is_subtype(tb, ta) {
        if let Some(f) = type_data(tb).slots().richcompare {
            checked_reverse = true;
            let r = f(ts, b, a, op.swapped())?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = type_data(ta).slots().richcompare {
        let r = f(ts, a, b, op)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = type_data(tb).slots().richcompare {
            let r = f(ts, b, a, op.swapped())?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(Value::from_bool(a.is(b))),
        CompareOp::Ne => Ok(Value::from_bool(!a.is(b))),
        _ => Err(ts.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// Rich comparison reduced to a bool.
pub fn compare_bool(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(op.test(x.cmp(&y)));
    }
    let r = richcompare(ts, a, b, op)?;
    truthy(ts, &r)
}

/// `a == b` (identity implies equality, as in containers).
pub fn eq(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (as_str(a), as_str(b)) {
        if std::ptr::eq(type_of(a).as_ptr(), types().str.as_ptr())
            && std::ptr::eq(type_of(b).as_ptr(), types().str.as_ptr())
        {
            return Ok(x == y);
        }
    }
    compare_bool(ts, a, b, CompareOp::Eq)
}

/// `bool(v)`.
pub fn truthy(ts: &ThreadState, v: &Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v.is_true_singleton());
    }
    if v.is_none() {
        return Ok(false);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if let Some(f) = v.as_float() {
        return Ok(f != 0.0);
    }
    let s = type_data(type_of(v)).slots();
    let (bool_slot, len_slot) = (s.bool, s.len);
    if let Some(f) = bool_slot {
        return f(ts, v);
    }
    if let Some(f) = len_slot {
        return Ok(f(ts, v)? != 0);
    }
    Ok(true)
}

/// `len(v)`.
pub fn len(ts: &ThreadState, v: &Value) -> PyResult<usize> {
    match type_data(type_of(v)).slots().len {
        Some(f) => f(ts, v),
        None => Err(ts.type_error(format!("object of type '{}' has no len()", type_name(v)))),
    }
}

/// `getattr(v, name)`.
pub fn getattr(ts: &ThreadState, v: &Value, name: &ObjRef) -> PyResult<Value> {
    match type_data(type_of(v)).slots().getattro {
        Some(f) => f(ts, v, name),
        None => generic_getattr(ts, v, name),
    }
}

/// `getattr(v, name)` with a Rust string name.
pub fn getattr_str(ts: &ThreadState, v: &Value, name: &str) -> PyResult<Value> {
    getattr(ts, v, &intern(name))
}

/// `getattr(v, name, None)`-style lookup: `Ok(None)` on AttributeError.
pub fn getattr_opt(ts: &ThreadState, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr_str(ts, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if is_instance_of(e.value(), &types().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `setattr(v, name, value)` (`None` deletes).
pub fn setattr(ts: &ThreadState, v: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    match type_data(type_of(v)).slots().setattro {
        Some(f) => f(ts, v, name, value),
        None => generic_setattr(ts, v, name, value),
    }
}

/// Whether a descriptor is a data descriptor (defines `__set__`/`__delete__`).
pub fn is_data_descr(d: &Value) -> bool {
    type_data(type_of(d)).slots().descr_set.is_some()
}

/// Calls a descriptor's `__get__`, or returns it unchanged if it has none.
pub fn descr_get(
    ts: &ThreadState,
    d: Value,
    obj: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    match type_data(type_of(&d)).slots().descr_get {
        Some(f) => f(ts, &d, obj, owner),
        None => Ok(d),
    }
}

/// The `AttributeError` for a missing attribute, with CPython's message.
#[cold]
pub fn no_attribute(ts: &ThreadState, v: &Value, name: &str) -> PyErr {
    let err = if let Some(t) = v.as_obj().and_then(|o| o.downcast::<TypeData>()) {
        ts.attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name(),
            name
        ))
    } else if let Some(m) = v
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::misc::ModuleData>())
    {
        let mname = dict_get_str(&m.dict, "__name__").and_then(|n| as_str(&n).map(str::to_string));
        match mname {
            Some(n) => ts.attribute_error(format!("module '{n}' has no attribute '{name}'")),
            None => ts.attribute_error(format!("module has no attribute '{name}'")),
        }
    } else {
        ts.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            tp_name(type_of(v)),
            name
        ))
    };
    crate::builtins::exceptions::set_attr_error_context(ts, &err, v, name);
    err
}

/// `object.__getattribute__`: data descriptors, then the instance dict, then non-data
/// descriptors and plain class attributes.
pub fn generic_getattr(ts: &ThreadState, v: &Value, name: &ObjRef) -> PyResult<Value> {
    let ty = type_of(v);
    let descr = type_lookup_name(ty, name);
    if let Some(d) = &descr {
        let s = type_data(type_of(d)).slots();
        if let (Some(get), Some(_)) = (s.descr_get, s.descr_set) {
            return get(ts, d, Some(v), ty.as_value());
        }
    }
    if let Some(o) = v.as_obj() {
        if let Some(dict) = o.dict() {
            if let Some(x) = dict_get_interned(&dict, name) {
                return Ok(x);
            }
        }
    }
    let name_s = as_str(name.as_value()).unwrap_or("");
    if let Some(d) = descr {
        return descr_get(ts, d, Some(v), ty.as_value());
    }
    if let Some(r) = module_getattr_hook(ts, v, name_s) {
        return r;
    }
    Err(no_attribute(ts, v, name_s))
}

/// A module's own `__getattr__(name)` (PEP 562), tried when normal lookup fails.
#[cold]
fn module_getattr_hook(ts: &ThreadState, v: &Value, name: &str) -> Option<PyResult<Value>> {
    let m = v.as_obj()?.downcast::<crate::object::misc::ModuleData>()?;
    let hook = dict_get_str(&m.dict, "__getattr__")?;
    Some(call(ts, &hook, &[new_str(name)], &[]))
}

/// `object.__setattr__`: data descriptors, else the instance dict.
pub fn generic_setattr(
    ts: &ThreadState,
    v: &Value,
    name: &ObjRef,
    value: Option<Value>,
) -> PyResult<()> {
    let name_s = as_str(name.as_value()).unwrap_or("");
    let ty = type_of(v);
    if let Some(d) = type_lookup_name(ty, name) {
        if let Some(set) = type_data(type_of(&d)).slots().descr_set {
            return set(ts, &d, v, value);
        }
    }
    let Some(o) = v.as_obj() else {
        return Err(readonly_attr_error(ts, v, name_s, ty));
    };
    let dict = match o.dict() {
        Some(d) => d,
        // Instances of classes (including subclasses of builtin types, whose payload has
        // no dict) get their `__dict__` on first use.
        None if type_data(ty).heap_type && type_data(ty).has_dict => {
            let d = crate::object::containers::new_dict();
            let old = o.set_dict(Some(d.clone()));
            drop(old);
            d
        }
        None => return Err(readonly_attr_error(ts, v, name_s, ty)),
    };
    let d = dict
        .downcast::<DictData>()
        .ok_or_else(|| ts.type_error("instance __dict__ is not a dict"))?;
    match value {
        Some(val) => dict_set(ts, d, name.clone().into_value(), val),
        None => match dict_del(ts, d, name.as_value())? {
            Some(_) => Ok(()),
            None => Err(no_attribute(ts, v, name_s)),
        },
    }
}

fn readonly_attr_error(ts: &ThreadState, v: &Value, name: &str, ty: &ObjRef) -> PyErr {
    if type_lookup(ty, name).is_some() {
        ts.attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            type_name(v),
            name
        ))
    } else {
        ts.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            tp_name(type_of(v)),
            name
        ))
    }
}

/// Looks up a special method on the type (not the instance), binding it.
pub fn lookup_special(ts: &ThreadState, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = type_of(v);
    match type_lookup(ty, name) {
        Some(d) => Ok(Some(descr_get(ts, d, Some(v), ty.as_value())?)),
        None => Ok(None),
    }
}

/// Calls a special method found on the type, passing `v` as self.
pub fn call_special(
    ts: &ThreadState,
    v: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let ty = type_of(v);
    let Some(d) = type_lookup(ty, name) else {
        return Ok(None);
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(v.clone());
    full.extend(args.iter().cloned());
    if d.as_obj().is_some_and(|o| {
        o.is::<crate::object::function::FunctionData>()
            || o.is::<crate::object::function::MethodDescrData>()
    }) {
        return Ok(Some(call(ts, &d, &full, &[])?));
    }
    let bound = descr_get(ts, d, Some(v), ty.as_value())?;
    Ok(Some(call(ts, &bound, args, &[])?))
}

/// Calls `f(*args, **kw)`; `kwnames` names the trailing `kwnames.len()` entries of `args`.
pub fn call(ts: &ThreadState, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::call::call_object(ts, f, args, kwnames)
}

/// Calls a method by name: `v.name(*args)`.
pub fn call_method(ts: &ThreadState, v: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = getattr_str(ts, v, name)?;
    call(ts, &m, args, &[])
}

/// `iter(v)`.
pub fn get_iter(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let s = type_data(type_of(v)).slots();
    let (iter_slot, getitem_slot) = (s.iter, s.getitem);
    if let Some(f) = iter_slot {
        let it = f(ts, v)?;
        if type_data(type_of(&it)).slots().next.is_none() {
            return Err(ts.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(&it)
            )));
        }
        return Ok(it);
    }
    if getitem_slot.is_some() && !v.as_obj().is_some_and(|o| o.is::<DictData>()) {
        return Ok(crate::builtins::iterators::seq_iter(v.clone()));
    }
    Err(ts.type_error(format!("'{}' object is not iterable", type_name(v))))
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(ts: &ThreadState, it: &Value) -> PyResult<Option<Value>> {
    match type_data(type_of(it)).slots().next {
        Some(f) => f(ts, it),
        None => Err(ts.type_error(format!("'{}' object is not an iterator", type_name(it)))),
    }
}

/// Collects an iterable into a vector.
pub fn collect(ts: &ThreadState, v: &Value) -> PyResult<Vec<Value>> {
    // Exact lists and tuples are copied directly; subclasses may override `__iter__`.
    let ty = type_of(v);
    if ty.is_same(&types().tuple) {
        if let Some(items) = as_tuple(v) {
            return Ok(items.to_vec());
        }
    }
    if ty.is_same(&types().list) {
        if let Some(l) = crate::object::containers::as_list(v) {
            return Ok(l.0.get());
        }
    }
    let it = get_iter(ts, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(ts, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Binary operator `a <op> b` by `BINARY_OP` number (0..13), with reflected fallback.
pub fn binary_op(ts: &ThreadState, a: &Value, b: &Value, op: usize) -> PyResult<Value> {
    let r = binary_op1(ts, a, b, op)?;
    if !r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    Err(binop_type_error(ts, a, b, op))
}

/// The TypeError for an unsupported operand pair.
#[cold]
pub fn binop_type_error(ts: &ThreadState, a: &Value, b: &Value, op: usize) -> PyErr {
    let sym = ferrum_bytecode::instructions::BINARY_OPS
        .get(op)
        .copied()
        .unwrap_or("?");
    let sym = if sym == "**" && op < NB_COUNT {
        "** or pow()"
    } else {
        sym
    };
    if op == 8 {
        return ts.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    if op == 21 {
        return ts.type_error(format!(
            "unsupported operand type(s) for **=: '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    if op == 0 && as_str(a).is_some() && as_str(b).is_none() {
        return ts.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(b)
        ));
    }
    if op == 0
        && crate::object::containers::as_list(a).is_some()
        && crate::object::containers::as_list(b).is_none()
    {
        return ts.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(b)
        ));
    }
    let is_bytes_like = |v: &Value| {
        crate::object::containers::as_bytes(v).is_some()
            || v.as_obj().is_some_and(|o| {
                o.downcast::<crate::object::containers::ByteArrayData>()
                    .is_some()
            })
    };
    if op == 0 && is_bytes_like(a) && !is_bytes_like(b) {
        return ts.type_error(format!("can't concat {} to {}", type_name(b), type_name(a)));
    }
    if op == 0 && as_tuple(a).is_some() && as_tuple(b).is_none() {
        return ts.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(b)
        ));
    }
    ts.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    ))
}

/// `a <op> b` returning NotImplemented when neither side handles it.
pub fn binary_op1(ts: &ThreadState, a: &Value, b: &Value, op: usize) -> PyResult<Value> {
    let ta = type_of(a);
    let tb = type_of(b);
    let fa = type_data(ta).slots().nb[op];
    let fb = if ta.is_same(tb) {
        None
    } else {
        type_data(tb).slots().nb[op]
    };
    let fb = match (fa, fb) {
        (Some(x), Some(y)) if x as usize == y as usize => None,
        (_, y) => y,
    };
    if let Some(fa) = fa {
        if let Some(fbb) = fb {
            if is_subtype(tb, ta) {
                let r = fbb(ts, a, b)?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
                let r = fa(ts, a, b)?;
                return Ok(r);
            }
        }
        let r = fa(ts, a, b)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if let Some(fb) = fb {
        return fb(ts, a, b);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

/// In-place operator `a <op>= b` (op is the plain operator number 0..13).
pub fn inplace_op(ts: &ThreadState, a: &Value, b: &Value, op: usize) -> PyResult<Value> {
    if let Some(f) = type_data(type_of(a)).slots().nb_inplace[op] {
        let r = f(ts, a, b)?;
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    let r = binary_op1(ts, a, b, op)?;
    if !r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    Err(binop_type_error(ts, a, b, op + 13))
}

/// `v[key]`.
pub fn getitem(ts: &ThreadState, v: &Value, key: &Value) -> PyResult<Value> {
    match type_data(type_of(v)).slots().getitem {
        Some(f) => f(ts, v, key),
        None => {
            if let Some(t) = v.as_obj().filter(|o| o.is::<TypeData>()) {
                // `type[int]`: `type` itself is generic without a `__class_getitem__`.
                if t.is_same(&types().type_) {
                    return crate::builtins::classes::class_getitem(
                        ts,
                        &[v.clone(), key.clone()],
                        &[],
                    );
                }
                if let Some(m) = lookup_class_getitem(ts, v)? {
                    return call(ts, &m, std::slice::from_ref(key), &[]);
                }
                return Err(ts.type_error(format!(
                    "type '{}' is not subscriptable",
                    type_data(v.as_obj().map_or(&types().object, |o| o)).name()
                )));
            }
            Err(ts.type_error(format!("'{}' object is not subscriptable", type_name(v))))
        }
    }
}

fn lookup_class_getitem(ts: &ThreadState, ty: &Value) -> PyResult<Option<Value>> {
    getattr_opt(ts, ty, "__class_getitem__")
}

/// `v[key] = value` (`None` deletes).
pub fn setitem_opt(ts: &ThreadState, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    match type_data(type_of(v)).slots().setitem {
        Some(f) => f(ts, v, key, value),
        None => {
            if value.is_some() {
                Err(ts.type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(v)
                )))
            } else {
                // CPython's wording depends on the path taken: the sequence protocol (an
                // index key on a type with sequence methods) says "doesn't".
                let s = type_data(type_of(v)).slots();
                let sequence_like = s.getitem.is_some() || s.len.is_some() || s.contains.is_some();
                let index_key = type_data(type_of(key)).slots().index.is_some();
                Err(ts.type_error(format!(
                    "'{}' object {} support item deletion",
                    type_name(v),
                    if sequence_like && index_key {
                        "doesn't"
                    } else {
                        "does not"
                    }
                )))
            }
        }
    }
}

/// `v[key] = value`.
pub fn setitem(ts: &ThreadState, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    setitem_opt(ts, v, key, Some(value))
}

/// `del v[key]`.
pub fn delitem(ts: &ThreadState, v: &Value, key: &Value) -> PyResult<()> {
    setitem_opt(ts, v, key, None)
}

/// `item in container`.
pub fn contains(ts: &ThreadState, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(f) = type_data(type_of(container)).slots().contains {
        return f(ts, container, item);
    }
    let it = get_iter(ts, container).map_err(|e| {
        if is_instance_of(e.value(), &types().type_error) {
            ts.type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ))
        } else {
            e
        }
    })?;
    while let Some(x) = next(ts, &it)? {
        if eq(ts, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `operator.index(v)` as a big int.
pub fn index(ts: &ThreadState, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if let Some(f) = type_data(type_of(v)).slots().index {
        let r = f(ts, v)?;
        if let Some(b) = as_bigint(&r) {
            return Ok(b);
        }
        return Err(ts.type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(&r)
        )));
    }
    Err(ts.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

/// `operator.index(v)` as an `i64`, OverflowError if it does not fit.
pub fn index_i64(ts: &ThreadState, v: &Value) -> PyResult<i64> {
    if let Some(i) = as_i64(v) {
        return Ok(i);
    }
    let b = index(ts, v)?;
    num_traits::ToPrimitive::to_i64(&b)
        .ok_or_else(|| ts.overflow_error("Python int too large to convert to C ssize_t"))
}

/// `index_i64` with CPython's message for sequence indexes.
pub fn seq_index(ts: &ThreadState, v: &Value, what: &str) -> PyResult<i64> {
    if let Some(i) = as_i64(v) {
        return Ok(i);
    }
    if as_bigint(v).is_some() || type_data(type_of(v)).slots().index.is_some() {
        let b = index(ts, v)?;
        return Ok(num_traits::ToPrimitive::to_i64(&b).unwrap_or(
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            },
        ));
    }
    Err(ts.type_error(format!(
        "{} indices must be integers or slices, not {}",
        what,
        type_name(v)
    )))
}

/// `isinstance(v, cls)` honouring tuples and `__instancecheck__`.
pub fn isinstance(ts: &ThreadState, v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = as_tuple(cls) {
        for c in items {
            if isinstance(ts, v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(c) = cls.as_obj().filter(|o| o.is::<TypeData>()) {
        if is_instance_of(v, c) {
            return Ok(true);
        }
        let meta = type_of(cls);
        if meta.is_same(&types().type_) {
            return Ok(false);
        }
    }
    if cls
        .as_obj()
        .is_some_and(|o| o.is::<crate::object::misc::GenericAliasData>())
    {
        return Err(ts.type_error("isinstance() argument 2 cannot be a parameterized generic"));
    }
    if let Some(r) = call_special(ts, cls, "__instancecheck__", std::slice::from_ref(v))? {
        return truthy(ts, &r);
    }
    Err(ts.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `issubclass(c, cls)` honouring tuples and `__subclasscheck__`.
pub fn issubclass(ts: &ThreadState, c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = as_tuple(cls) {
        for x in items {
            if issubclass(ts, c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(co) = c.as_obj().filter(|o| o.is::<TypeData>()) else {
        return Err(ts.type_error("issubclass() arg 1 must be a class"));
    };
    if let Some(k) = cls.as_obj().filter(|o| o.is::<TypeData>()) {
        if type_of(cls).is_same(&types().type_) {
            return Ok(is_subtype(co, k));
        }
    }
    if let Some(r) = call_special(ts, cls, "__subclasscheck__", std::slice::from_ref(c))? {
        return truthy(ts, &r);
    }
    match cls.as_obj().filter(|o| o.is::<TypeData>()) {
        Some(k) => Ok(is_subtype(co, k)),
        None => {
            Err(ts.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

/// An iterator over a vector of values.
pub fn get_iter_of_list(items: Vec<Value>) -> PyResult<Value> {
    let mut it = items.into_iter();
    Ok(crate::object::iter::new_native_iter(
        &types().list_iterator,
        Box::new(move |_| Ok(it.next())),
    ))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    let Some(o) = v.as_obj() else { return false };
    o.is::<crate::object::function::FunctionData>()
        || o.is::<crate::object::function::BuiltinFunctionData>()
        || o.is::<crate::object::function::MethodData>()
        || o.is::<crate::object::function::MethodDescrData>()
        || o.is::<TypeData>()
        || type_data(type_of(v)).slots().call.is_some()
}

/// Whether `v` is exactly a dict (not a subclass).
#[inline]
pub fn is_exact_dict(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| std::ptr::eq(o.header().type_ptr(), types().dict.as_ptr()))
}

/// Builds a builtin function object.
pub fn new_builtin_function(
    name: &'static str,
    func: NativeFn,
    module: Option<&'static str>,
) -> Value {
    crate::object::alloc(
        &types().builtin_function,
        crate::object::function::BuiltinFunctionData {
            name,
            func,
            self_: Value::NULL,
            module,
            doc: None,
            arity: module.and_then(|m| crate::method_arity::lookup(m, name)),
        },
    )
    .into_value()
}

/// Whether `v` is exactly a str (not a subclass).
#[inline]
pub fn is_exact_str(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| std::ptr::eq(o.header().type_ptr(), types().str.as_ptr()))
}

/// Keeps these imports used when features are trimmed.
#[allow(dead_code)]
fn _unused(_: &StrData, _: Option<&DictData>) {
    let _ = as_dict;
}
