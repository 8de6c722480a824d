//! Runtime, interpreter and thread state, as in CPython.
//!
//! [`InterpreterState`] owns `sys.modules`, the builtins and the configuration; a
//! [`ThreadState`] owns the frame chain, the data stack, the handled exception and the recursion
//! counter. The [`Gil`] serialises threads. Natives receive `&ThreadState`; mutable parts use
//! interior mutability because Python code re-enters natives freely. See
//! docs/design/frames-and-calls.md.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::sync::{Mutex, MutexGuard};

use crate::error::PyErr;
use crate::frame::{DataStack, InterpreterFrame};
use crate::object::containers::new_tuple;
use crate::object::misc::ExceptionData;
use crate::object::str::new_str;
use crate::object::{alloc, ObjRef, PyCell};
use crate::types::{type_data, types};
use crate::value::Value;

/// The global interpreter lock: one thread runs Python code at a time.
pub struct Gil {
    lock: Mutex<()>,
}

impl Gil {
    /// A new, unlocked GIL.
    pub const fn new() -> Gil {
        Gil {
            lock: Mutex::new(()),
        }
    }

    /// Acquires the GIL (recovering from poisoning: the lock protects no Rust data).
    pub fn acquire(&self) -> MutexGuard<'_, ()> {
        self.lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Interpreter configuration (from the command line).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Extra `sys.path` entries, first one being the script directory ('' for -c / REPL).
    pub path: Vec<String>,
    /// `-O` level.
    pub optimize: u8,
    /// `-u`: unbuffered stdout/stderr.
    pub unbuffered: bool,
    /// `-I`/`-E`: ignore PYTHON* environment variables.
    pub ignore_environment: bool,
    /// `-S`: don't import site.
    pub no_site: bool,
    /// `-X` options.
    pub xoptions: Vec<String>,
    /// Interactive mode (REPL).
    pub interactive: bool,
    /// `sys.executable`.
    pub executable: String,
}

/// Per-interpreter state: modules, builtins, configuration.
pub struct InterpreterState {
    /// `sys.modules` (a dict).
    pub modules: ObjRef,
    /// The `builtins` module.
    pub builtins_module: ObjRef,
    /// The builtins namespace dict.
    pub builtins: ObjRef,
    /// The `sys` module.
    pub sys: ObjRef,
    /// Configuration.
    pub config: Config,
    /// The GIL.
    pub gil: Gil,
}

/// Per-thread state.
pub struct ThreadState {
    /// The interpreter this thread belongs to.
    pub interp: &'static InterpreterState,
    /// Frame memory.
    pub datastack: UnsafeCell<DataStack>,
    /// The innermost running frame.
    pub current_frame: Cell<*mut InterpreterFrame>,
    /// The exception being handled (`sys.exception()`), or NULL.
    pub handled: PyCell<Value>,
    /// Remaining Python recursion depth before RecursionError.
    pub recursion_remaining: Cell<i32>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<i32>,
    /// Lowest address the Rust stack may reach before native recursion raises RecursionError.
    pub stack_limit: Cell<usize>,
    /// Module import cache of source directories (`sys.path` scan results are not cached).
    pub import_lock_depth: Cell<u32>,
    /// Scratch for `repr` of recursive containers (`[...]`).
    pub repr_stack: RefCell<Vec<u64>>,
}

thread_local! {
    static CURRENT: Cell<*const ThreadState> = const { Cell::new(std::ptr::null()) };
}

/// Runs `f` with the current thread's state, if the thread runs Python code.
pub fn with_current(f: impl FnOnce(&ThreadState)) {
    let p = CURRENT.with(Cell::get);
    if !p.is_null() {
        // SAFETY: `CURRENT` is set by `ThreadState::make_current` to a thread state that lives
        // until `clear_current` (for the duration of the run), on this thread only.
        f(unsafe { &*p });
    }
}

impl ThreadState {
    /// A thread state for `interp`.
    pub fn new(interp: &'static InterpreterState) -> ThreadState {
        ThreadState {
            interp,
            datastack: UnsafeCell::new(DataStack::new()),
            current_frame: Cell::new(std::ptr::null_mut()),
            handled: PyCell::new(Value::NULL),
            recursion_remaining: Cell::new(1000),
            recursion_limit: Cell::new(1000),
            stack_limit: Cell::new(0),
            import_lock_depth: Cell::new(0),
            repr_stack: RefCell::new(Vec::new()),
        }
    }

    /// Registers this thread state as the thread's current one (for finalizers).
    pub fn make_current(&self) {
        CURRENT.with(|c| c.set(self as *const ThreadState));
    }

    /// Unregisters the current thread state.
    pub fn clear_current() {
        CURRENT.with(|c| c.set(std::ptr::null()));
    }

    /// Sets the lowest stack address natives may use, `margin` bytes above the bottom of a
    /// stack of `size` bytes whose top is near the caller.
    pub fn set_stack_size(&self, size: usize) {
        let here = stack_address();
        let margin = 256 * 1024;
        self.stack_limit
            .set(here.saturating_sub(size.saturating_sub(margin)));
    }

    /// The data stack.
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn datastack(&self) -> &mut DataStack {
        // SAFETY: the data stack is only touched by the eval loop and call paths of this
        // thread, never re-entrantly within one push/pop operation.
        unsafe { &mut *self.datastack.get() }
    }

    /// Enters a native recursive call; RecursionError when Python's limit or the Rust stack
    /// would be exceeded. Pair with [`ThreadState::leave_recursive_call`].
    #[inline]
    pub fn enter_recursive_call(&self, what: &str) -> Result<(), PyErr> {
        let r = self.recursion_remaining.get() - 1;
        self.recursion_remaining.set(r);
        if r < 0 || stack_address() < self.stack_limit.get() {
            self.recursion_remaining.set(r + 1);
            return Err(self.new_error(
                &types().recursion_error,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        Ok(())
    }

    /// Leaves a native recursive call.
    #[inline]
    pub fn leave_recursive_call(&self) {
        self.recursion_remaining
            .set(self.recursion_remaining.get() + 1);
    }

    /// Whether the Rust stack is close to its limit.
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        stack_address() < self.stack_limit.get()
    }

    /// Creates an exception instance of type `ty` with `args`.
    pub fn new_exception(&self, ty: &ObjRef, args: Vec<Value>) -> ObjRef {
        let exc = alloc(
            ty,
            ExceptionData {
                args: PyCell::new(new_tuple(args)),
                traceback: PyCell::new(Value::NONE),
                cause: PyCell::new(Value::NONE),
                context: PyCell::new(Value::NONE),
                suppress_context: PyCell::new(false),
                group: None,
                fields: PyCell::new(Vec::new()),
            },
        );
        let _ = type_data(ty);
        exc.set_dict(Some(crate::object::containers::new_dict()));
        exc
    }

    /// An exception of type `ty` with a message.
    pub fn new_error(&self, ty: &ObjRef, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr(self.new_exception(ty, vec![new_str(msg)]))
    }

    /// `TypeError(msg)`.
    #[cold]
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().type_error, msg)
    }

    /// `ValueError(msg)`.
    #[cold]
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().value_error, msg)
    }

    /// `IndexError(msg)`.
    #[cold]
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().index_error, msg)
    }

    /// `KeyError(key)`.
    #[cold]
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(self.new_exception(&types().key_error, vec![key]))
    }

    /// `OverflowError(msg)`.
    #[cold]
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().overflow_error, msg)
    }

    /// `ZeroDivisionError(msg)`.
    #[cold]
    pub fn zero_division_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().zero_division_error, msg)
    }

    /// `AttributeError(msg)`.
    #[cold]
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().attribute_error, msg)
    }

    /// `NameError(msg)`.
    #[cold]
    pub fn name_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().name_error, msg)
    }

    /// `RuntimeError(msg)`.
    #[cold]
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().runtime_error, msg)
    }

    /// `NotImplementedError(msg)`.
    #[cold]
    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&types().not_implemented_error, msg)
    }

    /// `MemoryError()`.
    #[cold]
    pub fn memory_error(&self) -> PyErr {
        PyErr(self.new_exception(&types().memory_error, vec![]))
    }

    /// `StopIteration(value)` (no args when `value` is None).
    #[cold]
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() {
            vec![]
        } else {
            vec![value.clone()]
        };
        let exc = self.new_exception(&types().stop_iteration, args);
        crate::builtins::exceptions::set_field(&exc.clone().into_value(), "value", value);
        PyErr(exc)
    }

    /// `OSError(errno, strerror, filename)` mapped to its subclass by errno.
    #[cold]
    pub fn os_error(&self, err: &std::io::Error, filename: Option<Value>) -> PyErr {
        crate::builtins::exceptions::os_error_from_io(self, err, filename)
    }
}

/// An address on the current Rust stack.
#[inline(always)]
pub fn stack_address() -> usize {
    let x = 0u8;
    std::ptr::addr_of!(x) as usize
}
