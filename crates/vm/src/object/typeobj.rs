//! Type objects: name, bases, MRO, the type's `__dict__`, and the protocol slots.
//!
//! Slots are function pointers for the protocol operations (`tp_repr`, `nb_add`, ...), so that
//! `a + b` on builtin types never looks anything up by name. Builtin types fill them with native
//! functions; a class statement inherits its bases' slots and points every slot whose dunder the
//! class defines at a generic "slot wrapper" that calls the dunder (see `crate::slots`). See
//! docs/design/object-model.md.

use std::any::TypeId;
use std::cell::Cell;

use crate::object::{ObjHeader, ObjRef, PyCell};
use crate::thread_state::ThreadState;
use crate::value::Value;
use crate::PyResult;

/// `tp_repr` / `tp_str`.
pub type UnaryFn = fn(&ThreadState, &Value) -> PyResult<Value>;
/// `nb_add` etc.: may return `NotImplemented`.
pub type BinaryFn = fn(&ThreadState, &Value, &Value) -> PyResult<Value>;
/// `tp_hash`.
pub type HashFn = fn(&ThreadState, &Value) -> PyResult<i64>;
/// `tp_richcompare`: may return `NotImplemented`.
pub type RichCmpFn = fn(&ThreadState, &Value, &Value, CompareOp) -> PyResult<Value>;
/// `tp_getattro`.
pub type GetAttrFn = fn(&ThreadState, &Value, &ObjRef) -> PyResult<Value>;
/// `tp_setattro` (`None` deletes).
pub type SetAttrFn = fn(&ThreadState, &Value, &ObjRef, Option<Value>) -> PyResult<()>;
/// `tp_call` (vectorcall shape: positional args then keyword values, names in `kwnames`).
pub type CallFn = fn(&ThreadState, &Value, &[Value], &[Value]) -> PyResult<Value>;
/// `tp_iternext`: `Ok(None)` when exhausted (no StopIteration object needed).
pub type NextFn = fn(&ThreadState, &Value) -> PyResult<Option<Value>>;
/// `tp_descr_get(descr, obj_or_None, type)`.
pub type DescrGetFn = fn(&ThreadState, &Value, Option<&Value>, &Value) -> PyResult<Value>;
/// `tp_descr_set(descr, obj, value_or_delete)`.
pub type DescrSetFn = fn(&ThreadState, &Value, &Value, Option<Value>) -> PyResult<()>;
/// `nb_bool`.
pub type BoolFn = fn(&ThreadState, &Value) -> PyResult<bool>;
/// `sq_length` / `mp_length`.
pub type LenFn = fn(&ThreadState, &Value) -> PyResult<usize>;
/// `mp_ass_subscript` (`None` deletes).
pub type SetItemFn = fn(&ThreadState, &Value, &Value, Option<Value>) -> PyResult<()>;
/// `sq_contains`.
pub type ContainsFn = fn(&ThreadState, &Value, &Value) -> PyResult<bool>;
/// `tp_new(type, args, kwnames)`.
pub type NewFn = fn(&ThreadState, &ObjRef, &[Value], &[Value]) -> PyResult<Value>;
/// `tp_init(self, args, kwnames)`.
pub type InitFn = fn(&ThreadState, &Value, &[Value], &[Value]) -> PyResult<()>;

/// Rich comparison operators in `COMPARE_OP` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CompareOp {
    /// From the `COMPARE_OP` index.
    pub fn from_index(i: u32) -> CompareOp {
        match i {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            _ => CompareOp::Ge,
        }
    }
    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    /// The symbol.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The dunder name.
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    /// Applies the operator to an ordering.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// Number of binary operators (`BINARY_OP` numbers below the in-place offset).
pub const NB_COUNT: usize = 13;

/// The protocol slots.
#[derive(Clone, Copy, Default)]
pub struct Slots {
    /// `repr(x)`.
    pub repr: Option<UnaryFn>,
    /// `str(x)`.
    pub str: Option<UnaryFn>,
    /// `hash(x)`; `None` means unhashable.
    pub hash: Option<HashFn>,
    /// Rich comparison.
    pub richcompare: Option<RichCmpFn>,
    /// Attribute read.
    pub getattro: Option<GetAttrFn>,
    /// Attribute write/delete.
    pub setattro: Option<SetAttrFn>,
    /// Calling the object.
    pub call: Option<CallFn>,
    /// `iter(x)`.
    pub iter: Option<UnaryFn>,
    /// `next(x)`.
    pub next: Option<NextFn>,
    /// Descriptor `__get__`.
    pub descr_get: Option<DescrGetFn>,
    /// Descriptor `__set__`/`__delete__`.
    pub descr_set: Option<DescrSetFn>,
    /// Binary operators by `BINARY_OP` number.
    pub nb: [Option<BinaryFn>; NB_COUNT],
    /// In-place binary operators by `BINARY_OP` number minus 13.
    pub nb_inplace: [Option<BinaryFn>; NB_COUNT],
    /// `-x`.
    pub neg: Option<UnaryFn>,
    /// `+x`.
    pub pos: Option<UnaryFn>,
    /// `~x`.
    pub invert: Option<UnaryFn>,
    /// `abs(x)`.
    pub abs: Option<UnaryFn>,
    /// `bool(x)`.
    pub bool: Option<BoolFn>,
    /// `operator.index(x)`.
    pub index: Option<UnaryFn>,
    /// `int(x)`.
    pub int: Option<UnaryFn>,
    /// `float(x)`.
    pub float: Option<UnaryFn>,
    /// `len(x)`.
    pub len: Option<LenFn>,
    /// `x[k]`.
    pub getitem: Option<BinaryFn>,
    /// `x[k] = v` / `del x[k]`.
    pub setitem: Option<SetItemFn>,
    /// `v in x`.
    pub contains: Option<ContainsFn>,
    /// `type.__call__` step one.
    pub new: Option<NewFn>,
    /// `type.__call__` step two.
    pub init: Option<InitFn>,
}

/// The payload of a type object.
pub struct TypeData {
    /// `__name__`.
    pub name: PyCell<String>,
    /// `__qualname__`.
    pub qualname: PyCell<String>,
    /// `__bases__` (type objects).
    pub bases: PyCell<Vec<ObjRef>>,
    /// `__base__`: the solid base.
    pub base: PyCell<Option<ObjRef>>,
    /// `__mro__`, starting with the type itself (stored without the self reference to avoid
    /// a cycle: `mro()` prepends it).
    pub mro_tail: PyCell<Vec<ObjRef>>,
    /// The type's namespace (a dict object).
    pub dict: ObjRef,
    /// The Rust payload of instances (inherited from the builtin base).
    pub payload_id: TypeId,
    /// Frees an instance.
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// Protocol slots.
    pub slots: PyCell<Slots>,
    /// A class statement made it (attributes settable, instances get a `__dict__`).
    pub heap_type: bool,
    /// Instances carry a `__dict__`.
    pub has_dict: bool,
    /// Can be subclassed.
    pub base_type: bool,
    /// Defines or inherits a Python `__del__`.
    pub finalizer: Cell<bool>,
    /// Bumped whenever the type or a base changes (for caches).
    pub version: Cell<u32>,
    /// Weak list of subclasses (raw pointers; entries removed when subclasses die).
    pub subclasses: PyCell<Vec<usize>>,
    /// Number of `__slots__` member slots of instances, the bases' included (indices of the
    /// member descriptors; see `object/member.rs`).
    pub slot_count: usize,
    /// Instances can be weakly referenced (a class without `__slots__`, or one listing
    /// `__weakref__`, or a base that allows it).
    pub has_weakref: bool,
    /// This type's own tagged pointer, not owning a reference (lets `type_of` hand out a
    /// borrowed `&ObjRef`).
    pub self_bits: Cell<u64>,
}

impl TypeData {
    /// `__name__`.
    pub fn name(&self) -> String {
        self.name.get()
    }

    /// Whether instances have a Python `__del__` to run.
    #[inline(always)]
    pub fn has_finalizer(&self) -> bool {
        self.finalizer.get()
    }

    /// Pointer to the self view (see `self_bits`).
    pub fn self_view(&self) -> *const u64 {
        self.self_bits.as_ptr()
    }

    /// The slots. Callers copy out the function pointer they need before calling it (a call
    /// can run Python code that reassigns the type's dunders and rewrites the slots).
    #[inline(always)]
    pub fn slots(&self) -> &Slots {
        // SAFETY: slots are plain function pointers; they are only rewritten by class creation
        // and dunder assignment, never while a caller holds this reference across a call (every
        // call site reads one field, copies it, then calls).
        unsafe { &*self.slots_ptr() }
    }

    fn slots_ptr(&self) -> *const Slots {
        let mut p: *const Slots = std::ptr::null();
        self.slots.with(|s| p = s as *const Slots);
        p
    }
}

/// Runs `__del__` for an object being freed (its refcount is temporarily 1).
pub(crate) fn call_finalizer(ptr: *mut ObjHeader) {
    // SAFETY: the caller resurrected the object with a count of 1; this borrowed reference
    // adds one more for the duration of the call.
    let obj = unsafe { ObjRef::from_borrowed(ptr) };
    crate::thread_state::with_current(|ts| {
        crate::slots::run_del(ts, obj.as_value());
    });
    drop(obj);
}
