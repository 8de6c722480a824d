//! `PyErr`: a raised Python exception travelling through Rust code as the `Err` of a
//! [`PyResult`]. It always holds a normalized exception instance. See
//! docs/design/exceptions.md.

use crate::object::ObjRef;
use crate::value::Value;

/// A raised exception (an instance of `BaseException`).
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

impl PyErr {
    /// The exception instance.
    pub fn value(&self) -> &Value {
        self.0.as_value()
    }

    /// The exception's type.
    pub fn type_obj(&self) -> ObjRef {
        // SAFETY: the type pointer of a live object is live; we take a new reference.
        unsafe { ObjRef::from_borrowed(self.0.header().type_ptr()) }
    }
}

/// The result of an operation that can raise.
pub type PyResult<T = Value> = Result<T, PyErr>;
