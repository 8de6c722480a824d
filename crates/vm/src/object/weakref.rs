//! Weak references: the payload of `weakref.ref` (and proxy) objects and the registry that
//! clears them when their referent dies.
//!
//! A weak reference holds its referent's bits without owning a reference. The registry maps
//! each referent's address to the weak references pointing at it (by their object
//! addresses); a weak reference removes itself when it is freed, and the referent's
//! deallocation (`object::dealloc_now`, after `__del__`) calls [`clear_weakrefs`], which marks
//! every weak reference dead and then runs the callbacks, newest first, as CPython does. A
//! process-wide count of referents keeps deallocation free of any lookup while no weak
//! reference exists. See docs/design/memory.md.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex, MutexGuard};

use crate::object::{ObjHeader, ObjRef, PyCell, PyObj};
use crate::value::Value;

/// Payload of `weakref.ReferenceType` (and subclasses) and of the proxy types.
pub struct WeakRefData {
    /// The referent's bits, borrowed; NULL once it died.
    target: Cell<u64>,
    /// The callback (NULL when none).
    pub callback: PyCell<Value>,
    /// The referent's hash once computed (`-1` before).
    pub hash: Cell<i64>,
}

/// Hashes an object address: addresses are distinct and 16-byte aligned, so a multiply
/// spreads them well, far cheaper than SipHash on every deallocation while weak references
/// exist.
#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Registry = HashMap<usize, Vec<usize>, std::hash::BuildHasherDefault<AddrHasher>>;

/// Referent address -> addresses of the weak reference objects to it, oldest first.
static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(|| Mutex::new(Registry::default()));

/// Number of referents in the registry.
static REFERENTS: AtomicUsize = AtomicUsize::new(0);

/// A filter over referent addresses: bit `h(addr)` is set when `addr` is registered (and
/// never cleared, since another referent may share it). Deallocation looks at one bit instead
/// of locking the registry: most objects that die were never weakly referenced.
static MAYBE_REFERENT: [AtomicU64; FILTER_WORDS] = [const { AtomicU64::new(0) }; FILTER_WORDS];

const FILTER_WORDS: usize = 1024;

/// The filter word and bit for an address.
#[inline(always)]
fn filter_bit(addr: usize) -> (usize, u64) {
    let h = ((addr as u64) >> 4).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48;
    ((h as usize) % FILTER_WORDS, 1 << (h & 63))
}

fn registry() -> MutexGuard<'static, Registry> {
    REGISTRY
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Offset of the payload inside a weak reference object.
const DATA_OFFSET: usize = std::mem::offset_of!(PyObj<WeakRefData>, data);

/// The payload of the weak reference object at `addr`.
///
/// # Safety
/// `addr` must be a live object with a `WeakRefData` payload.
unsafe fn payload_at<'a>(addr: usize) -> &'a WeakRefData {
    // SAFETY: forwarded from the caller; `PyObj` is `repr(C)`.
    unsafe { &*((addr + DATA_OFFSET) as *const WeakRefData) }
}

impl WeakRefData {
    /// A weak reference to `target`, not yet registered (see [`register`]).
    pub fn new(target: &Value, callback: Value) -> WeakRefData {
        WeakRefData {
            target: Cell::new(target.bits()),
            callback: PyCell::new(callback),
            hash: Cell::new(-1),
        }
    }

    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<Value> {
        let bits = self.target.get();
        if bits == Value::NULL.bits() {
            return None;
        }
        // SAFETY: a registered referent is alive until `clear_weakrefs` resets `target`
        // (which happens before it is freed); the bits are borrowed, so clone them.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
        // An object queued for deallocation (count zero) must not be revived.
        if v.as_obj().is_some_and(|o| o.header().refcnt() == 0) {
            return None;
        }
        Some((*v).clone())
    }

    /// Whether the referent is gone.
    pub fn is_dead(&self) -> bool {
        self.get().is_none()
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        let target = self.target.get();
        if target == Value::NULL.bits() {
            return;
        }
        let me = self as *const WeakRefData as usize - DATA_OFFSET;
        let key = crate::value::untag_obj_ptr(target) as usize;
        let mut reg = registry();
        if let Some(list) = reg.get_mut(&key) {
            list.retain(|&r| r != me);
            if list.is_empty() {
                reg.remove(&key);
                REFERENTS.fetch_sub(1, Ordering::Relaxed);
            }
        }
    }
}

/// Registers a new weak reference object `wr` (payload already pointing at `target`).
pub fn register(target: &ObjRef, wr: &ObjRef) {
    let (w, bit) = filter_bit(target.as_ptr() as usize);
    if let Some(word) = MAYBE_REFERENT.get(w) {
        word.fetch_or(bit, Ordering::Relaxed);
    }
    let mut reg = registry();
    let list = reg.entry(target.as_ptr() as usize).or_insert_with(|| {
        REFERENTS.fetch_add(1, Ordering::Relaxed);
        Vec::new()
    });
    list.push(wr.as_ptr() as usize);
}

/// The live weak reference objects to `target`, oldest first.
pub fn refs_to(target: &ObjRef) -> Vec<ObjRef> {
    let reg = registry();
    reg.get(&(target.as_ptr() as usize))
        .map(|list| {
            list.iter()
                // SAFETY: registered weak references are alive (they unregister when freed).
                .map(|&r| unsafe { ObjRef::from_borrowed(r as *mut ObjHeader) })
                .collect()
        })
        .unwrap_or_default()
}

/// Called while `obj` is being freed: marks its weak references dead, then runs their
/// callbacks (newest first) with each weak reference as the argument.
///
/// # Safety
/// `obj` must be an object whose count reached zero and that is about to be freed.
pub unsafe fn clear_weakrefs(obj: *mut ObjHeader, call: impl Fn(&Value, &Value)) {
    if REFERENTS.load(Ordering::Relaxed) == 0 {
        return;
    }
    let (w, bit) = filter_bit(obj as usize);
    if MAYBE_REFERENT
        .get(w)
        .is_none_or(|word| word.load(Ordering::Relaxed) & bit == 0)
    {
        return;
    }
    let Some(list) = registry().remove(&(obj as usize)) else {
        return;
    };
    REFERENTS.fetch_sub(1, Ordering::Relaxed);
    let mut with_callbacks = Vec::new();
    for &r in &list {
        // SAFETY: registered weak references are alive; no Python code has run since the
        // registry lookup.
        let wr = unsafe { payload_at(r) };
        wr.target.set(Value::NULL.bits());
        if wr.callback.with(|c| !c.is_null() && !c.is_none()) {
            // SAFETY: as above; the clone keeps it alive while callbacks run.
            with_callbacks.push(unsafe { ObjRef::from_borrowed(r as *mut ObjHeader) });
        }
    }
    for wr in with_callbacks.into_iter().rev() {
        // SAFETY: the payload of a weak reference object.
        let cb = unsafe { payload_at(wr.as_ptr() as usize) }.callback.get();
        call(&cb, wr.as_value());
    }
}
