//! Per-instruction caches for `LOAD_ATTR` and `STORE_ATTR` (what CPython's
//! `LOAD_ATTR_WITH_HINT`, `LOAD_ATTR_METHOD_WITH_VALUES`, `LOAD_ATTR_CLASS` and
//! `STORE_ATTR_WITH_HINT` specializations do, without rewriting the instruction).
//!
//! Each attribute instruction owns an [`AttrCache`] in its code object. The first execution
//! takes the generic path and, when the lookup has a shape worth caching, records it; later
//! executions check a guard (the owner's type, or the owner itself for class attributes, plus
//! the global type epoch) and go straight to the answer. The epoch changes whenever any type's
//! namespace or MRO changes (see `protocol::invalidate_type_cache`), so a recorded
//! "this type has no data descriptor called `name`" stays true while the epoch matches.
//! Instance dicts are read through an entry-index hint that is re-validated on every use.
//! See docs/design/specialization.md.

use std::cell::Cell;

use crate::object::containers::DictData;
use crate::object::function::{FunctionData, MethodDescrData};
use crate::object::table::{next_version, Probe, Table};
use crate::object::ObjRef;
use crate::protocol::{self as p, type_epoch};
use crate::thread_state::ThreadState;
use crate::types::{type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Nothing recorded (or the shape is not cacheable).
const EMPTY: u8 = 0;
/// An instance of a type with the generic `__getattribute__` and no data descriptor for the
/// name: the instance dict first (through the hint), then the class attribute in `value`.
const INSTANCE: u8 = 1;
/// Like `INSTANCE`, and the class attribute is a plain function or method descriptor, so the
/// method form of `LOAD_ATTR` can push it unbound.
const INSTANCE_METHOD: u8 = 2;
/// An attribute of a class (whose metatype is `type`) that is returned as is: `key` is the
/// class itself.
const CLASS_VALUE: u8 = 3;
/// A store into the instance dict of a type with the generic `__setattr__`, no data
/// descriptor for the name and no `__slots__` restriction.
const STORE_INSTANCE: u8 = 4;

/// One attribute instruction's cache: two entries, so a site that sees two types (a method
/// of a base class called on instances of the base and of a subclass) stays cached.
#[derive(Default)]
pub struct AttrCache {
    ways: [Way; 2],
    /// The way the next recording overwrites.
    victim: Cell<u8>,
}

/// One recorded lookup shape.
#[derive(Default)]
struct Way {
    /// What was recorded (one of the kinds above).
    kind: Cell<u8>,
    /// The guard: the owner's type (instance kinds) or the owner (class kind), as bits.
    key: Cell<u64>,
    /// The type epoch when recorded.
    epoch: Cell<u64>,
    /// Where the name sat in the instance dict's entries last time.
    hint: Cell<u32>,
    /// The class attribute (borrowed from the type's dict; NULL if none).
    value: Cell<u64>,
}

/// The result of a method-form `LOAD_ATTR`: either an unbound method to call with the owner
/// as first argument, or a plain attribute.
pub enum Loaded {
    /// A function or method descriptor found on the type: push it, then the owner.
    Method(Value),
    /// Any other attribute: push it, then NULL.
    Attr(Value),
}

/// A borrowed value's bits, viewed as a `Value` and cloned into an owned reference.
///
/// # Safety
/// `bits` must be a live value kept alive by someone else for the duration of the call.
#[inline(always)]
unsafe fn clone_borrowed(bits: u64) -> Value {
    // SAFETY: forwarded from the caller; ManuallyDrop keeps the borrowed reference intact.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
    (*v).clone()
}

/// Looks `name` up in an instance dict, trying the hinted entry first.
#[inline(always)]
fn dict_get_hinted(dict: &ObjRef, name: &ObjRef, hint: &Cell<u32>) -> Option<Value> {
    let d = dict.downcast::<DictData>()?;
    d.0.with(|t| {
        if let Some(Some(e)) = t.entries.get(hint.get() as usize) {
            if e.key.is(name.as_value()) {
                return Some(e.value.clone());
            }
        }
        let ix = find_name(t, name)?;
        hint.set(ix as u32);
        t.entries
            .get(ix)
            .and_then(|e| e.as_ref().map(|e| e.value.clone()))
    })
}

/// The entry index of an interned-str key (compared by identity, then by content).
fn find_name(t: &Table, name: &ObjRef) -> Option<usize> {
    let sd = crate::object::str::as_str_data(name.as_value())?;
    let probe = t.probe(sd.hash(), |e| {
        e.key.is(name.as_value()) || crate::object::str::as_str(&e.key) == Some(&*sd.s)
    });
    match probe {
        Probe::Found(ix) => Some(ix),
        Probe::Missing => None,
    }
}

/// Is `d` a function or instance-method descriptor (callable unbound with self first)?
pub fn is_plain_method(d: &Value) -> bool {
    d.as_obj().is_some_and(|o| {
        o.is::<FunctionData>()
            || o.downcast::<MethodDescrData>()
                .is_some_and(|m| !m.class_method && !m.static_method)
    })
}

impl AttrCache {
    /// The entry recorded for this owner under the current epoch, if any.
    #[inline(always)]
    fn find(&self, owner: &Value) -> Option<&Way> {
        let epoch = type_epoch();
        let ty_bits = type_of(owner).as_value().bits();
        self.ways.iter().find(|w| {
            w.epoch.get() == epoch
                && match w.kind.get() {
                    CLASS_VALUE => owner.bits() == w.key.get(),
                    EMPTY => false,
                    _ => ty_bits == w.key.get(),
                }
        })
    }

    /// The entry to record into next.
    fn victim(&self) -> &Way {
        let v = usize::from(self.victim.get() & 1);
        self.victim.set(self.victim.get() ^ 1);
        &self.ways[v]
    }
}

/// `LOAD_ATTR` without the method bit: `owner.name`.
pub fn load_attr(
    ts: &ThreadState,
    cache: &AttrCache,
    owner: &Value,
    name: &ObjRef,
) -> PyResult<Value> {
    if let Some(w) = cache.find(owner) {
        match w.kind.get() {
            INSTANCE | INSTANCE_METHOD => {
                if let Some(v) = instance_hit(ts, w, owner, name) {
                    return v;
                }
            }
            CLASS_VALUE => {
                // SAFETY: the epoch is unchanged, so the class dict still holds the value.
                return Ok(unsafe { clone_borrowed(w.value.get()) });
            }
            _ => {}
        }
    } else {
        record_load(cache.victim(), owner, name);
    }
    p::getattr(ts, owner, name)
}

/// The instance-kind fast path: the dict entry, else the class attribute (bound through its
/// `__get__`). `None` sends the caller down the generic path (the attribute is missing).
#[inline(always)]
fn instance_hit(
    ts: &ThreadState,
    w: &Way,
    owner: &Value,
    name: &ObjRef,
) -> Option<PyResult<Value>> {
    if let Some(dict) = owner.as_obj().and_then(ObjRef::dict) {
        if let Some(v) = dict_get_hinted(&dict, name, &w.hint) {
            return Some(Ok(v));
        }
    }
    let bits = w.value.get();
    if bits == Value::NULL.bits() {
        return None;
    }
    // SAFETY: the epoch is unchanged, so the type's dict still holds the descriptor.
    let d = unsafe { clone_borrowed(bits) };
    let ty = type_of(owner);
    Some(p::descr_get(ts, d, Some(owner), ty.as_value()))
}

/// `LOAD_ATTR` with the method bit: `owner.name(...)` without making a bound method.
pub fn load_method(
    ts: &ThreadState,
    cache: &AttrCache,
    owner: &Value,
    name: &ObjRef,
) -> PyResult<Loaded> {
    if let Some(w) = cache.find(owner) {
        match w.kind.get() {
            INSTANCE_METHOD => {
                let shadowed = owner
                    .as_obj()
                    .and_then(ObjRef::dict)
                    .and_then(|d| dict_get_hinted(&d, name, &w.hint));
                return Ok(match shadowed {
                    Some(v) => Loaded::Attr(v),
                    // SAFETY: the epoch is unchanged, so the type's dict still holds it.
                    None => Loaded::Method(unsafe { clone_borrowed(w.value.get()) }),
                });
            }
            INSTANCE => {
                if let Some(v) = instance_hit(ts, w, owner, name) {
                    return v.map(Loaded::Attr);
                }
            }
            CLASS_VALUE => {
                // SAFETY: the epoch is unchanged, so the class dict still holds the value.
                return Ok(Loaded::Attr(unsafe { clone_borrowed(w.value.get()) }));
            }
            _ => {}
        }
    } else {
        record_load(cache.victim(), owner, name);
    }
    generic_load_method(ts, owner, name)
}

/// The uncached method form: a function or method descriptor on the type, unless the
/// instance dict shadows it or the type customizes attribute access.
pub fn generic_load_method(ts: &ThreadState, owner: &Value, name: &ObjRef) -> PyResult<Loaded> {
    let ty = type_of(owner);
    if type_data(ty).slots().getattro.is_none() {
        if let Some(descr) = p::type_lookup_name(ty, name).filter(is_plain_method) {
            let shadowed = owner
                .as_obj()
                .and_then(ObjRef::dict)
                .is_some_and(|d| p::dict_get_interned(&d, name).is_some());
            if !shadowed {
                return Ok(Loaded::Method(descr));
            }
        }
    }
    p::getattr(ts, owner, name).map(Loaded::Attr)
}

/// Records the shape of a load that is about to take the generic path.
fn record_load(w: &Way, owner: &Value, name: &ObjRef) {
    w.kind.set(EMPTY);
    let epoch = type_epoch();
    let ty = type_of(owner);
    let td = type_data(ty);
    if td.slots().getattro.is_none() {
        let descr = p::type_lookup_name(ty, name);
        if descr.as_ref().is_some_and(p::is_data_descr) {
            return;
        }
        let kind = if descr.as_ref().is_some_and(is_plain_method) {
            INSTANCE_METHOD
        } else {
            INSTANCE
        };
        w.set(kind, ty.as_value().bits(), epoch, descr.as_ref());
        return;
    }
    // A class attribute that `type.__getattribute__` returns unchanged.
    let Some(cls) = owner.as_obj().filter(|_| ty.is_same(&types().type_)) else {
        return;
    };
    if p::type_lookup_name(ty, name).is_some() {
        return;
    }
    let Some(a) = p::type_lookup_name(cls, name) else {
        return;
    };
    let plain = a.as_obj().is_some_and(|o| o.is::<FunctionData>())
        || type_data(type_of(&a)).slots().descr_get.is_none();
    if plain {
        w.set(CLASS_VALUE, owner.bits(), epoch, Some(&a));
    }
}

impl Way {
    fn set(&self, kind: u8, key: u64, epoch: u64, value: Option<&Value>) {
        self.kind.set(kind);
        self.key.set(key);
        self.epoch.set(epoch);
        self.value
            .set(value.map_or(Value::NULL.bits(), Value::bits));
    }
}

/// `STORE_ATTR`: `owner.name = value`.
pub fn store_attr(
    ts: &ThreadState,
    cache: &AttrCache,
    owner: &Value,
    name: &ObjRef,
    value: Value,
) -> PyResult<()> {
    let Some(w) = cache.find(owner) else {
        record_store(cache.victim(), owner, name);
        return p::setattr(ts, owner, name, Some(value));
    };
    let dict = owner.as_obj().and_then(ObjRef::dict);
    let Some(dd) = dict.as_ref().and_then(|d| d.downcast::<DictData>()) else {
        return p::setattr(ts, owner, name, Some(value));
    };
    let mut incoming = Some(value);
    let old = dd.0.with_mut(|t| {
        let mut ix = w.hint.get() as usize;
        let hit = matches!(t.entries.get(ix), Some(Some(e)) if e.key.is(name.as_value()));
        if !hit {
            ix = find_name(t, name)?;
            w.hint.set(ix as u32);
        }
        let e = t.entries.get_mut(ix)?.as_mut()?;
        let v = incoming.take()?;
        t.version = next_version();
        Some(std::mem::replace(&mut e.value, v))
    });
    match (old, incoming) {
        (Some(old), _) => {
            drop(old);
            Ok(())
        }
        (None, Some(v)) => p::setattr(ts, owner, name, Some(v)),
        (None, None) => Ok(()),
    }
}

fn record_store(w: &Way, owner: &Value, name: &ObjRef) {
    w.kind.set(EMPTY);
    let ty = type_of(owner);
    let td = type_data(ty);
    if td.slots().setattro.is_some() || !td.has_dict {
        return;
    }
    if p::type_lookup_name(ty, name).is_some_and(|d| p::is_data_descr(&d)) {
        return;
    }
    w.set(STORE_INSTANCE, ty.as_value().bits(), type_epoch(), None);
}
