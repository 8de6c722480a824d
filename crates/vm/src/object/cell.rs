//! `PyCell<T>`: interior mutability for object payloads under the GIL.
//!
//! Python objects are shared and mutated through shared references, always by the thread that
//! holds the GIL. `PyCell` hands out access only inside a closure. The rule that makes this
//! sound: a closure passed to [`PyCell::with`] or [`PyCell::with_mut`] must not run Python
//! code or drop a [`crate::Value`] (dropping can run `__del__`, which could reach the same
//! cell). Take values out, leave the closure, then call or drop. See docs/design/object-model.md.

use std::cell::UnsafeCell;

/// A GIL-protected mutable slot in an object payload.
pub struct PyCell<T>(UnsafeCell<T>);

impl<T> PyCell<T> {
    /// Wraps a value.
    pub const fn new(v: T) -> PyCell<T> {
        PyCell(UnsafeCell::new(v))
    }

    /// Reads through a shared borrow. The closure must not run Python code or drop values.
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        // SAFETY: only the GIL holder touches objects, and by this type's contract no other
        // access to this cell happens while `f` runs (it runs no Python code and no finalizers).
        f(unsafe { &*self.0.get() })
    }

    /// Mutates through an exclusive borrow. The closure must not run Python code or drop values.
    #[inline(always)]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: as for `with`; no other borrow of this cell is live while `f` runs.
        f(unsafe { &mut *self.0.get() })
    }

    /// Replaces the contents, returning the old value (drop it after the call).
    pub fn replace(&self, v: T) -> T {
        self.with_mut(|slot| std::mem::replace(slot, v))
    }
}

impl<T: Clone> PyCell<T> {
    /// A clone of the contents.
    #[inline(always)]
    pub fn get(&self) -> T {
        self.with(T::clone)
    }
}

impl<T: Default> Default for PyCell<T> {
    fn default() -> Self {
        PyCell::new(T::default())
    }
}
