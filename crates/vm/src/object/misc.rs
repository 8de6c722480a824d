//! Smaller builtin payloads: modules, `range`, `slice`, `super`, exceptions, tracebacks,
//! frame objects, and the plain `object` payload. See docs/design/object-model.md.

use crate::object::{ObjRef, PyCell};
use crate::value::Value;

/// Payload of `object()` and of instances of classes with no builtin base.
pub struct ObjectData;

/// A module: its namespace dict.
pub struct ModuleData {
    /// The module's `__dict__`.
    pub dict: ObjRef,
}

/// `range(start, stop, step)` (int bounds; big ones fall back to `BigRange`).
pub struct RangeData {
    /// Start (an int value).
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step (never zero).
    pub step: Value,
}

/// `slice(start, stop, step)`.
pub struct SliceData {
    /// Start or None.
    pub start: Value,
    /// Stop or None.
    pub stop: Value,
    /// Step or None.
    pub step: Value,
}

/// `super(type, obj)`.
pub struct SuperData {
    /// The class whose MRO successor is searched.
    pub type_: Value,
    /// The bound object (or None).
    pub obj: Value,
    /// The type of the bound object (or None).
    pub obj_type: Value,
}

/// Payload of every exception instance.
pub struct ExceptionData {
    /// `args`.
    pub args: PyCell<Value>,
    /// `__traceback__` (traceback or None).
    pub traceback: PyCell<Value>,
    /// `__cause__`.
    pub cause: PyCell<Value>,
    /// `__context__`.
    pub context: PyCell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: PyCell<bool>,
    /// For `BaseExceptionGroup` instances: `(message, exceptions)` (a str and a non-empty
    /// tuple of exceptions), fixed at construction.
    pub group: Option<(Value, Value)>,
    /// The fields CPython keeps in the instance structs of exception subclasses
    /// (`StopIteration.value`, `OSError.errno`, `SyntaxError.lineno`, ...), by name; a
    /// missing one reads as None.
    pub fields: PyCell<Vec<(&'static str, Value)>>,
}

/// A traceback entry.
pub struct TracebackData {
    /// `tb_next`.
    pub next: PyCell<Value>,
    /// `tb_frame`.
    pub frame: Value,
    /// `tb_lasti` (byte offset).
    pub lasti: u32,
    /// `tb_lineno`.
    pub lineno: Option<u32>,
}

/// A frame object: a view of a running interpreter frame, which keeps the frame's last
/// state once it finished (see `builtins::frameobject`).
pub struct FrameData {
    /// The interpreter frame while it exists; NULL after `frameobject::detach`.
    pub frame: std::cell::Cell<*mut crate::frame::InterpreterFrame>,
    /// `f_code`.
    pub code: Value,
    /// `f_globals`.
    pub globals: Value,
    /// Module and class bodies: their namespace; function frames: the `f_locals` dict (NULL
    /// until first asked for).
    pub locals: PyCell<Value>,
    /// `f_lineno` once detached.
    pub lineno: std::cell::Cell<Option<u32>>,
    /// `f_lasti` (byte offset) once detached.
    pub lasti: std::cell::Cell<u32>,
    /// `f_back` once detached.
    pub back: PyCell<Value>,
}

/// `types.GenericAlias` (`list[int]`): the origin class and the subscript arguments.
pub struct GenericAliasData {
    /// `__origin__`.
    pub origin: Value,
    /// `__args__` (a tuple).
    pub args: Value,
}
