//! `__slots__` storage: member descriptors and the per-instance slot values they index.
//!
//! A class statement with `__slots__ = ("x", "y")` puts one `member_descriptor` per name on the
//! class (`MemberDescrData`: the name, the owning class and an index). Indices are numbered
//! from the slot count of the base class, so a subclass's slots follow its base's. The values
//! of an instance live in a slot array owned by the instance, kept in a side table keyed by
//! the instance's address (every builtin payload can then carry slots without a layout
//! change); the array is allocated on the first store, sized by the type's total slot count,
//! and dropped by `object::dealloc_now` when the instance dies. A NULL entry is an unset slot.
//! See docs/design/object-model.md.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, MutexGuard};

use crate::object::{ObjHeader, ObjRef};
use crate::value::Value;

/// Payload of `member_descriptor`: one `__slots__` entry of a class.
pub struct MemberDescrData {
    /// The (mangled) attribute name, an interned str.
    pub name: ObjRef,
    /// The class whose `__slots__` declared it.
    pub owner: ObjRef,
    /// Position in the instance's slot array.
    pub index: usize,
}

/// Instance address -> its slot values (owned value bits, NULL when unset).
type SlotTable = HashMap<usize, Box<[u64]>>;

static SLOT_VALUES: LazyLock<Mutex<SlotTable>> = LazyLock::new(|| Mutex::new(SlotTable::new()));

fn table() -> MutexGuard<'static, SlotTable> {
    SLOT_VALUES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The value in slot `index` of `obj` (`None` when unset).
pub fn slot_get(obj: &ObjRef, index: usize) -> Option<Value> {
    let t = table();
    let bits = *t.get(&(obj.as_ptr() as usize))?.get(index)?;
    if bits == Value::NULL.bits() {
        return None;
    }
    // SAFETY: the table owns a reference to every non-NULL entry, and the lock is held, so
    // the object is live while we add our own reference.
    let borrowed = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
    Some((*borrowed).clone())
}

/// Stores (`Some`) or clears (`None`) slot `index` of `obj`, whose type has `count` slots.
/// Returns the previous value for the caller to drop (outside any borrow).
pub fn slot_set(obj: &ObjRef, index: usize, count: usize, value: Option<Value>) -> Option<Value> {
    let mut t = table();
    let entry = t
        .entry(obj.as_ptr() as usize)
        .or_insert_with(|| vec![Value::NULL.bits(); count.max(index + 1)].into_boxed_slice());
    if entry.len() <= index {
        let mut grown = entry.to_vec();
        grown.resize(index + 1, Value::NULL.bits());
        *entry = grown.into_boxed_slice();
    }
    let new = value.map_or(Value::NULL.bits(), Value::into_bits);
    let slot = entry.get_mut(index)?;
    let old = std::mem::replace(slot, new);
    drop(t);
    if old == Value::NULL.bits() {
        None
    } else {
        // SAFETY: the table owned this reference; ownership moves to the caller.
        Some(unsafe { Value::from_bits(old) })
    }
}

/// Drops the slot values of an instance that is being freed.
///
/// # Safety
/// `ptr` must be an object whose reference count reached zero.
pub unsafe fn clear_slots(ptr: *mut ObjHeader) {
    let values = table().remove(&(ptr as usize));
    if let Some(values) = values {
        for bits in values.iter().copied() {
            if bits != Value::NULL.bits() {
                // SAFETY: each non-NULL entry was an owned reference held by the table.
                drop(unsafe { Value::from_bits(bits) });
            }
        }
    }
}
