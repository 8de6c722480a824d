//! Heap objects: the common header, owned references, allocation and deallocation.
//!
//! Every heap object is a `PyObj<T>`: an [`ObjHeader`] (reference count, type pointer, optional
//! instance `__dict__`) followed by a Rust payload `T`. An [`ObjRef`] is an owned reference in
//! the same tagged-bit form as a [`Value`], so a `&Value` holding an object can be viewed as an
//! `&ObjRef` for free. The payload type is recorded in the type object (`payload_id`), which is
//! how downcasts are checked; subclasses of builtin types share their base's payload. See
//! docs/design/object-model.md and docs/design/memory.md.

pub mod cell;
pub mod code;
pub mod complex;
pub mod containers;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod member;
pub mod misc;
pub mod str;
pub mod table;
pub mod typeobj;
pub mod weakref;

use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::mem::ManuallyDrop;

use crate::value::{tag_obj_ptr, untag_obj_ptr, Value};
pub use cell::PyCell;
pub use typeobj::TypeData;

/// The header every heap object starts with.
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<usize>,
    /// The object's type (a type object's header).
    ob_type: Cell<*mut ObjHeader>,
    /// Instance `__dict__` as value bits (NULL when the object has none).
    dict: Cell<u64>,
}

/// A heap object with payload `T`.
#[repr(C)]
pub struct PyObj<T> {
    /// The common header.
    pub header: ObjHeader,
    /// The type-specific payload.
    pub data: T,
}

/// Reference counts at or above this are immortal: they never reach zero.
pub const IMMORTAL_REFCNT: usize = 1 << 60;

impl ObjHeader {
    /// Adds a reference.
    #[inline(always)]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get() + 1);
    }

    /// Drops a reference, freeing the object at zero.
    ///
    /// # Safety
    /// `ptr` must be a live object whose reference the caller owns.
    #[inline(always)]
    pub unsafe fn decref(ptr: *mut ObjHeader) {
        // SAFETY: the caller owns a reference, so the object is live.
        let h = unsafe { &*ptr };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: the count reached zero: nobody else refers to the object.
            unsafe { dealloc_object(ptr) };
        }
    }

    /// The current reference count.
    pub fn refcnt(&self) -> usize {
        self.refcnt.get()
    }

    /// The type object's header.
    #[inline(always)]
    pub fn type_ptr(&self) -> *mut ObjHeader {
        self.ob_type.get()
    }
}

/// An owned reference to a heap object (tagged bits, like a [`Value`]).
#[repr(transparent)]
pub struct ObjRef(u64, PhantomData<*const ()>);

impl ObjRef {
    /// Wraps a raw pointer whose reference the caller hands over.
    ///
    /// # Safety
    /// `ptr` must be a live object and the caller must own one reference to it.
    #[inline(always)]
    pub unsafe fn from_raw(ptr: *mut ObjHeader) -> ObjRef {
        ObjRef(tag_obj_ptr(ptr), PhantomData)
    }

    /// Borrows a raw pointer as a new owned reference (increments the count).
    ///
    /// # Safety
    /// `ptr` must be a live object.
    #[inline(always)]
    pub unsafe fn from_borrowed(ptr: *mut ObjHeader) -> ObjRef {
        // SAFETY: the caller guarantees `ptr` is live.
        unsafe { (*ptr).incref() };
        ObjRef(tag_obj_ptr(ptr), PhantomData)
    }

    /// The tagged bits, giving up ownership.
    #[inline(always)]
    pub fn into_bits(self) -> u64 {
        ManuallyDrop::new(self).0
    }

    /// The raw header pointer, giving up ownership.
    #[inline(always)]
    pub fn into_raw(self) -> *mut ObjHeader {
        untag_obj_ptr(self.into_bits())
    }

    /// The raw header pointer.
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut ObjHeader {
        untag_obj_ptr(self.0)
    }

    /// The header.
    #[inline(always)]
    pub fn header(&self) -> &ObjHeader {
        // SAFETY: we own a reference, so the object is live for at least `&self`.
        unsafe { &*self.as_ptr() }
    }

    /// Views this reference as a `&Value` (same bits).
    #[inline(always)]
    pub fn as_value(&self) -> &Value {
        // SAFETY: `Value` and `ObjRef` are both transparent over identically tagged bits.
        unsafe { &*(self as *const ObjRef as *const Value) }
    }

    /// Converts to an owned value.
    #[inline(always)]
    pub fn into_value(self) -> Value {
        Value::from_obj(self)
    }

    /// The object's type.
    #[inline(always)]
    pub fn type_obj(&self) -> &TypeObj {
        // SAFETY: every live object's `ob_type` points at a live type object (types are kept
        // alive by their instances' references, or are immortal).
        unsafe { &*(self.header().type_ptr() as *const TypeObj) }
    }

    /// Is the payload a `T`?
    #[inline(always)]
    pub fn is<T: 'static>(&self) -> bool {
        self.type_obj().data.payload_id == TypeId::of::<T>()
    }

    /// The payload, if it is a `T`.
    #[inline(always)]
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        if self.is::<T>() {
            // SAFETY: the type says the payload is a `T`, and `PyObj<T>` is `repr(C)` with the
            // header first.
            Some(unsafe { &(*(self.as_ptr() as *const PyObj<T>)).data })
        } else {
            None
        }
    }

    /// The payload without checking.
    ///
    /// # Safety
    /// The payload must be a `T`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: 'static>(&self) -> &T {
        // SAFETY: the caller guarantees the payload type.
        unsafe { &(*(self.as_ptr() as *const PyObj<T>)).data }
    }

    /// The type's `__name__`.
    pub fn type_name(&self) -> String {
        self.type_obj().data.name()
    }

    /// Identity.
    #[inline(always)]
    pub fn is_same(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The instance `__dict__`, if the object has one.
    pub fn dict(&self) -> Option<ObjRef> {
        let bits = self.header().dict.get();
        if bits == Value::NULL.bits() {
            None
        } else {
            // SAFETY: the dict slot holds an owned reference to a dict object (or NULL).
            Some(unsafe { ObjRef::from_borrowed(untag_obj_ptr(bits)) })
        }
    }

    /// Replaces the instance `__dict__`; returns the old one (drop it outside any borrow).
    pub fn set_dict(&self, dict: Option<ObjRef>) -> Option<ObjRef> {
        let new = dict.map_or(Value::NULL.bits(), ObjRef::into_bits);
        let old = self.header().dict.replace(new);
        if old == Value::NULL.bits() {
            None
        } else {
            // SAFETY: the slot owned this reference; ownership moves to the caller.
            Some(unsafe { ObjRef::from_raw(untag_obj_ptr(old)) })
        }
    }

    /// Changes the object's type (`obj.__class__ = C`), keeping the type alive.
    pub fn set_type(&self, ty: &ObjRef) {
        let new = ty.clone().into_raw();
        let old = self.header().ob_type.replace(new);
        // SAFETY: each object owns a reference to its type.
        unsafe { ObjHeader::decref(old) };
    }

    /// Makes this object immortal (types, interned strings).
    pub fn make_immortal(&self) {
        self.header().refcnt.set(IMMORTAL_REFCNT);
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        self.header().incref();
        ObjRef(self.0, PhantomData)
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: we own one reference.
        unsafe { ObjHeader::decref(self.as_ptr()) };
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object at {:p}>", self.type_name(), self.as_ptr())
    }
}

/// A type object (a heap object whose payload is [`TypeData`]).
pub type TypeObj = PyObj<TypeData>;

/// Allocates a new object of type `ty` with payload `data`.
pub fn alloc<T: 'static>(ty: &ObjRef, data: T) -> ObjRef {
    debug_assert!(ty
        .downcast::<TypeData>()
        .is_some_and(|t| t.payload_id == TypeId::of::<T>()));
    let boxed = Box::new(PyObj {
        header: ObjHeader {
            refcnt: Cell::new(1),
            ob_type: Cell::new(ty.clone().into_raw()),
            dict: Cell::new(Value::NULL.bits()),
        },
        data,
    });
    // SAFETY: a fresh allocation with refcount 1 that we hand to the `ObjRef`.
    unsafe { ObjRef::from_raw(Box::into_raw(boxed) as *mut ObjHeader) }
}

/// Allocates an object whose type pointer is set later (bootstrapping `type` itself).
pub(crate) fn alloc_untyped<T: 'static>(data: T) -> ObjRef {
    let boxed = Box::new(PyObj {
        header: ObjHeader {
            refcnt: Cell::new(1),
            ob_type: Cell::new(std::ptr::null_mut()),
            dict: Cell::new(Value::NULL.bits()),
        },
        data,
    });
    // SAFETY: fresh allocation, refcount 1.
    unsafe { ObjRef::from_raw(Box::into_raw(boxed) as *mut ObjHeader) }
}

/// Sets the type of an object made by [`alloc_untyped`].
pub(crate) fn set_initial_type(obj: &ObjRef, ty: &ObjRef) {
    obj.header().ob_type.set(ty.clone().into_raw());
}

/// Frees an object with payload `T` (installed as the type's `dealloc`).
///
/// # Safety
/// `ptr` must be an object with payload `T` and refcount zero.
pub unsafe fn dealloc_payload<T: 'static>(ptr: *mut ObjHeader) {
    // SAFETY: allocated by `alloc::<T>` as a `Box<PyObj<T>>`; nobody refers to it any more.
    let boxed = unsafe { Box::from_raw(ptr as *mut PyObj<T>) };
    let dict = boxed.header.dict.get();
    let ty = boxed.header.ob_type.get();
    drop(boxed);
    if dict != Value::NULL.bits() {
        // SAFETY: the dict slot owned a reference.
        drop(unsafe { Value::from_bits(dict) });
    }
    if !ty.is_null() {
        // SAFETY: the object owned a reference to its type.
        unsafe { ObjHeader::decref(ty) };
    }
}

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Deallocation nesting beyond which objects are queued instead of freed recursively
/// (CPython's "trashcan"), so freeing a deeply nested structure cannot overflow the stack.
const TRASHCAN_DEPTH: u32 = 200;

/// Runs finalizers (`__del__`) and frees an object whose count reached zero.
///
/// # Safety
/// `ptr` must be a live object with refcount zero.
#[cold]
#[inline(never)]
unsafe fn dealloc_object(ptr: *mut ObjHeader) {
    let depth = DEALLOC_DEPTH.with(Cell::get);
    if depth >= TRASHCAN_DEPTH {
        DEFERRED.with(|d| d.borrow_mut().push(ptr as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: forwarded from the caller.
    unsafe { dealloc_now(ptr) };
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        loop {
            let next = DEFERRED.with(|d| d.borrow_mut().pop());
            let Some(p) = next else { break };
            DEALLOC_DEPTH.with(|d| d.set(1));
            // SAFETY: queued objects had refcount zero and were not freed yet.
            unsafe { dealloc_now(p as *mut ObjHeader) };
            DEALLOC_DEPTH.with(|d| d.set(0));
        }
    }
}

/// # Safety
/// `ptr` must be a live object with refcount zero.
unsafe fn dealloc_now(ptr: *mut ObjHeader) {
    // SAFETY: the object is live until its dealloc runs.
    let header = unsafe { &*ptr };
    // SAFETY: the type of a live object is live.
    let ty = unsafe { &*(header.type_ptr() as *const TypeObj) };
    if ty.data.has_finalizer() {
        // Resurrect while `__del__` runs; if it stored a new reference, keep the object.
        header.refcnt.set(1);
        typeobj::call_finalizer(ptr);
        let n = header.refcnt.get() - 1;
        header.refcnt.set(n);
        if n != 0 {
            return;
        }
    }
    // Weak references die with the object; their callbacks run before it is freed.
    // SAFETY: the count is zero and the object is about to be freed.
    unsafe { weakref::clear_weakrefs(ptr, crate::builtins::weakref::run_callback) };
    if ty.data.slot_count != 0 {
        // SAFETY: the count is zero; the slot values go before the object does.
        unsafe { member::clear_slots(ptr) };
    }
    let dealloc = ty.data.dealloc;
    // SAFETY: refcount is zero and the type's dealloc matches its payload.
    unsafe { dealloc(ptr) };
}
