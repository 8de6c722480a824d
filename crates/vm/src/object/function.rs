//! Function-like objects: Python functions, bound methods, builtin (native) functions,
//! method descriptors of builtin types, and the `staticmethod`/`classmethod`/`property`
//! wrappers. See docs/design/frames-and-calls.md.

use std::sync::Arc;

use ferrum_bytecode::{CodeObject, CodeUnit};

use crate::object::{ObjRef, PyCell};
use crate::thread_state::ThreadState;
use crate::value::Value;
use crate::PyResult;

/// A runtime code object: the compiled code plus its constants as values.
pub struct CodeData {
    /// The compiled code object.
    pub code: Arc<CodeObject>,
    /// `co_consts` as values (nested code objects included).
    pub consts: Box<[Value]>,
    /// `co_names` as interned strs.
    pub names: Box<[ObjRef]>,
    /// Localsplus names as interned strs.
    pub localsplusnames: Box<[ObjRef]>,
    /// Index of the first instruction after RETURN_GENERATOR (generators start there).
    pub gen_start: u32,
    /// Frame size in slots: localsplus + stack.
    pub framesize: usize,
    /// `co_argcount` when a call with exactly that many positional arguments binds them
    /// one-to-one into the first slots and runs the body at once (no `*args`, `**kwargs`,
    /// keyword-only parameters, and not a generator or coroutine); `u32::MAX` otherwise.
    /// CALL's fast path compares the argument count with this alone.
    pub fast_nargs: u32,
    /// Where CALL's fast path starts the code: 1 when it begins with RESUME (which does
    /// nothing in Ferrum, so a call skips its dispatch), else 0.
    pub fast_entry: u32,
    /// LOAD_GLOBAL inline caches, one per LOAD_GLOBAL instruction.
    pub global_cache: Box<[GlobalCache]>,
    /// LOAD_ATTR/STORE_ATTR caches, one per such instruction.
    pub attr_cache: Box<[crate::attr_cache::AttrCache]>,
    /// The instructions the eval loop runs: `co_code` with the first CACHE unit of each
    /// LOAD_GLOBAL/LOAD_ATTR/STORE_ATTR holding its slot in `global_cache`/`attr_cache`
    /// (see `object::code::cache_slot`). Frames point into this array, never into `co_code`.
    pub instrs: Box<[CodeUnit]>,
}

impl CodeData {
    /// The first instruction the eval loop runs (frames' instruction pointers point into the
    /// array starting here).
    #[inline(always)]
    pub fn first_instr(&self) -> *const CodeUnit {
        self.instrs.as_ptr()
    }
}

/// A LOAD_GLOBAL cache entry: valid while the globals (and, for builtins, the builtins) dict
/// is still at the recorded version. Versions are process-unique per mutation, so a match
/// means the dict still holds the cached value (which is therefore borrowed, not owned).
#[derive(Default)]
pub struct GlobalCache {
    /// Version of the globals dict when cached (0: empty entry).
    pub globals_version: std::cell::Cell<u64>,
    /// Version of the builtins dict when the value came from builtins (0: from globals).
    pub builtins_version: std::cell::Cell<u64>,
    /// The value's bits (borrowed from the dict).
    pub value: std::cell::Cell<u64>,
}

/// A Python function.
pub struct FunctionData {
    /// `__code__` (a code object).
    pub code: PyCell<ObjRef>,
    /// `__globals__` (a dict object).
    pub globals: ObjRef,
    /// The builtins dict captured at creation.
    pub builtins: ObjRef,
    /// `__name__`.
    pub name: PyCell<Value>,
    /// `__qualname__`.
    pub qualname: PyCell<Value>,
    /// `__defaults__` (tuple or None).
    pub defaults: PyCell<Value>,
    /// `__kwdefaults__` (dict or None).
    pub kwdefaults: PyCell<Value>,
    /// `__closure__` (tuple of cells or None).
    pub closure: PyCell<Value>,
    /// `__annotations__` (dict or None until asked for).
    pub annotations: PyCell<Value>,
    /// `__doc__`.
    pub doc: PyCell<Value>,
    /// `__module__`.
    pub module: PyCell<Value>,
}

/// A bound method (`obj.method`).
pub struct MethodData {
    /// `__func__`.
    pub func: Value,
    /// `__self__`.
    pub self_: Value,
}

/// Calling convention of native functions: positional arguments followed by keyword argument
/// values; `kwnames` names the trailing keyword values.
pub type NativeFn = fn(&ThreadState, &[Value], &[Value]) -> PyResult<Value>;

/// A builtin function (`len`, `print`) or a bound builtin method (`[].append`).
pub struct BuiltinFunctionData {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// `__self__` (NULL for plain functions); passed as the first argument when set.
    pub self_: Value,
    /// `__module__` for plain functions.
    pub module: Option<&'static str>,
    /// `__doc__`.
    pub doc: Option<&'static str>,
    /// For a bound method that takes no keywords: CPython's argument-count rules.
    pub arity: Option<&'static crate::method_arity::Arity>,
}

/// A method of a builtin type, found in the type's dict (`list.append`).
pub struct MethodDescrData {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation (receives `self` as the first argument).
    pub func: NativeFn,
    /// The type that defines it.
    pub owner: ObjRef,
    /// A classmethod-like descriptor (`dict.fromkeys`): binds the class instead of the instance.
    pub class_method: bool,
    /// A staticmethod-like descriptor (`str.maketrans`).
    pub static_method: bool,
    /// CPython's argument-count rules, for methods that take no keywords.
    pub arity: Option<&'static crate::method_arity::Arity>,
}

/// A getter/setter pair for a builtin attribute (`function.__name__`).
pub struct GetSetDescrData {
    /// The attribute name.
    pub name: &'static str,
    /// Reads the attribute.
    pub get: fn(&ThreadState, &Value) -> PyResult<Value>,
    /// Writes (`Some`) or deletes (`None`) the attribute; `None` if read-only.
    pub set: Option<fn(&ThreadState, &Value, Option<Value>) -> PyResult<()>>,
    /// The type that defines it.
    pub owner: ObjRef,
}

/// `staticmethod(f)`.
pub struct StaticMethodData(pub PyCell<Value>);

/// `classmethod(f)`.
pub struct ClassMethodData(pub PyCell<Value>);

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyData {
    /// Getter.
    pub fget: PyCell<Value>,
    /// Setter.
    pub fset: PyCell<Value>,
    /// Deleter.
    pub fdel: PyCell<Value>,
    /// `__doc__`.
    pub doc: PyCell<Value>,
    /// The attribute name (`__set_name__`).
    pub name: PyCell<Value>,
}

/// A closure cell.
pub struct CellData(pub PyCell<Value>);

/// A builtin type's `__init__` exposed as a method (CPython's `wrapper_descriptor`): calls the
/// owner's native `init` slot.
pub struct SlotWrapperData {
    /// The dunder name.
    pub name: &'static str,
    /// The type whose slot is wrapped.
    pub owner: ObjRef,
}
