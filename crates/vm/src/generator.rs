//! Generators and coroutines: a heap object embedding a suspended frame.
//!
//! Calling a generator function binds its arguments into a frame that the generator owns and
//! starts it just after RETURN_GENERATOR. `send` resumes the frame through an entry frame; the
//! frame's `yielded` flag says whether it yielded or returned. FOR_ITER over a generator
//! resumes its frame inline instead, without an entry frame (see `eval::inline_generator`).
//! See docs/design/frames-and-calls.md.

use std::ptr;

use ferrum_bytecode::code::flags;
use ferrum_bytecode::Opcode;

use crate::frame::{FrameOwner, InterpreterFrame, OwnedFrame, HEADER_WORDS};
use crate::object::function::{CodeData, FunctionData};
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Payload of a generator or coroutine.
pub struct GenData {
    /// The embedded frame.
    pub frame: OwnedFrame,
    /// Not started / suspended / running / finished.
    pub state: PyCell<GenState>,
    /// `__name__`.
    pub name: PyCell<Value>,
    /// `__qualname__`.
    pub qualname: PyCell<Value>,
    /// The code object (`gi_code`).
    pub code: Value,
    /// Coroutine (`async def`) rather than generator.
    pub is_coroutine: bool,
    /// The exception the frame was handling when it last yielded (`gi_exc_state`; NULL when
    /// none): it is what `sys.exception()` shows inside the generator when it resumes. While
    /// the frame runs after such a resume, this holds the caller's exception instead.
    pub exc_state: PyCell<Value>,
    /// Bits of the caller's handled exception while the frame runs (borrowed: the caller's
    /// exception stays owned by the thread state, the generator's stack or `exc_state`).
    pub caller_bits: std::cell::Cell<u64>,
    /// Async generators: an `asend`/`athrow` awaitable is driving it (`ag_running`).
    pub running_async: std::cell::Cell<bool>,
    /// Async generators: closed by `aclose()` or exhausted.
    pub ag_closed: std::cell::Cell<bool>,
}

impl GenData {
    /// Switches the thread's handled exception to the generator's on resume (CPython pushes
    /// `gi_exc_state` on the thread's exception-info stack). Without one of its own, the
    /// generator sees its caller's.
    #[inline(always)]
    pub fn enter_exc_state(&self, ts: &ThreadState) {
        self.caller_bits.set(ts.handled.with(Value::bits));
        let own_bits = self.exc_state.with(Value::bits);
        if own_bits != Value::NULL.bits() {
            // Swap: the thread state takes the generator's, `exc_state` keeps the caller's.
            let own = self.exc_state.replace(Value::NULL);
            let caller = ts.handled.replace(own);
            let old = self.exc_state.replace(caller);
            drop(old);
        }
    }

    /// Gives the caller back its handled exception when the frame yields or finishes,
    /// keeping the generator's own (if it is inside an `except` block) for the next resume.
    /// Must run before the frame's stack is cleared (it may hold the caller's exception).
    #[inline(always)]
    pub fn leave_exc_state(&self, ts: &ThreadState) {
        let caller_bits = self.caller_bits.get();
        if ts.handled.with(Value::bits) == caller_bits {
            if self.exc_state.with(Value::bits) != Value::NULL.bits() {
                let old = self.exc_state.replace(Value::NULL);
                drop(old);
            }
            return;
        }
        self.leave_exc_state_slow(ts, caller_bits);
    }

    #[inline(never)]
    fn leave_exc_state_slow(&self, ts: &ThreadState, caller_bits: u64) {
        let saved = self.exc_state.replace(Value::NULL);
        let caller = if saved.is_null() {
            // SAFETY: the caller's exception is still alive: PUSH_EXC_INFO moved the thread
            // state's reference onto this frame's stack, which has not been cleared yet.
            let borrowed = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(caller_bits) });
            (*borrowed).clone()
        } else {
            saved
        };
        let own = ts.handled.replace(caller);
        let old = self.exc_state.replace(own);
        drop(old);
    }
}

/// Execution state of a generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Created, not yet run.
    Created,
    /// Suspended at a yield.
    Suspended,
    /// Currently running.
    Running,
    /// Returned or raised.
    Finished,
}

/// Moves a just-bound frame from the data stack into a new generator object.
///
/// # Safety
/// `frame` must be an initialised, argument-bound frame at the top of the data stack.
pub unsafe fn make_generator(
    ts: &ThreadState,
    frame: *mut InterpreterFrame,
    fobj: &ObjRef,
) -> Value {
    // SAFETY: the frame is initialised.
    let (code, size) = unsafe { (InterpreterFrame::code(frame), (*frame).size as usize) };
    let owned = OwnedFrame::new(size);
    let gf = owned.frame();
    // SAFETY: both allocations hold a header and `size` slots; we move the words, then
    // release the data-stack copy without dropping (ownership moved).
    unsafe {
        ptr::copy_nonoverlapping(frame as *const u64, gf as *mut u64, HEADER_WORDS + size);
        let lp_old = InterpreterFrame::localsplus(frame);
        let lp_new = InterpreterFrame::localsplus(gf);
        (*gf).stack_pointer = lp_new.add((*frame).stack_pointer.offset_from(lp_old) as usize);
        (*gf).owner = FrameOwner::Generator;
        (*gf).instr_ptr = code.first_instr().add(code.gen_start as usize);
        (*gf).prev_instr = (*gf).instr_ptr;
        ts.datastack().pop(frame as *mut u64);
        ts.recursion_remaining.set(ts.recursion_remaining.get() + 1);
    }
    // SAFETY: the function object's payload is a function.
    let func = unsafe { fobj.downcast_unchecked::<FunctionData>() };
    // SAFETY: the moved frame is initialised.
    unsafe { crate::call::init_cells(gf, func, code) };
    let is_coroutine = code.code.flags & flags::COROUTINE != 0;
    let ty = if is_coroutine {
        &types().coroutine
    } else if code.code.flags & flags::ASYNC_GENERATOR != 0 {
        &types().async_generator
    } else {
        &types().generator
    };
    // SAFETY: the frame is initialised.
    let code_v = unsafe { (*gf).code_obj.clone() };
    let gen = alloc(
        ty,
        GenData {
            frame: owned,
            state: PyCell::new(GenState::Created),
            name: PyCell::new(func.name.get()),
            qualname: PyCell::new(func.qualname.get()),
            code: code_v,
            is_coroutine,
            exc_state: PyCell::new(Value::NULL),
            caller_bits: std::cell::Cell::new(Value::NULL.bits()),
            running_async: std::cell::Cell::new(false),
            ag_closed: std::cell::Cell::new(false),
        },
    );
    // SAFETY: just made with a GenData payload, which stays at this address for the
    // object's lifetime (and so for its frame's).
    unsafe {
        let g = gen.downcast_unchecked::<GenData>();
        (*g.frame.frame()).generator = g as *const GenData;
    }
    gen.into_value()
}

impl Drop for GenData {
    fn drop(&mut self) {
        let f = self.frame.frame();
        // SAFETY: the frame was initialised in `make_generator`; finished frames were already
        // cleared (clearing twice is harmless: slots are NULL).
        unsafe {
            if !(*f).instr_ptr.is_null() {
                InterpreterFrame::clear(f);
            }
        }
    }
}

/// The outcome of resuming a generator.
pub enum SendResult {
    /// It yielded this value.
    Yielded(Value),
    /// It returned this value.
    Returned(Value),
}

/// Resumes `gen` with `value` (or throws `exc` into it).
pub fn gen_send_ex(
    ts: &ThreadState,
    gen: &Value,
    value: Value,
    exc: Option<PyErr>,
) -> PyResult<SendResult> {
    let Some(g) = gen.as_obj().and_then(|o| o.downcast::<GenData>()) else {
        return Err(ts.type_error("not a generator"));
    };
    match g.state.get() {
        GenState::Running => {
            let what = if g.is_coroutine {
                "coroutine"
            } else {
                "generator"
            };
            return Err(ts.value_error(format!("{what} already executing")));
        }
        GenState::Finished => {
            if g.is_coroutine {
                return Err(ts.runtime_error("cannot reuse already awaited coroutine"));
            }
            if let Some(e) = exc {
                return Err(e);
            }
            if g.is_coroutine {
                return Err(ts.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(SendResult::Returned(Value::NONE));
        }
        GenState::Created => {
            if exc.is_none() && !value.is_none() {
                let what = if g.is_coroutine {
                    "coroutine"
                } else if type_of(gen).is_same(&types().async_generator) {
                    "async generator"
                } else {
                    "generator"
                };
                return Err(ts.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
        }
        GenState::Suspended => {
            if let Some(e) = exc {
                return throw_delegating(ts, gen, g, e);
            }
        }
    }
    resume_with(ts, gen, g, value, exc)
}

/// Runs a generator's frame from where it stopped, sending `value` or throwing `exc`.
fn resume_with(
    ts: &ThreadState,
    gen: &Value,
    g: &GenData,
    value: Value,
    exc: Option<PyErr>,
) -> PyResult<SendResult> {
    let _ = gen;
    let r = ts.recursion_remaining.get() - 1;
    if r < 0 {
        return Err(ts.new_error(&types().recursion_error, "maximum recursion depth exceeded"));
    }
    ts.recursion_remaining.set(r);
    g.state.with_mut(|s| *s = GenState::Running);
    g.enter_exc_state(ts);
    let f = g.frame.frame();
    // The eval loop gives the recursion slot back when the frame yields, returns or raises.
    let result = crate::eval::resume_frame(ts, f, value, exc);
    // SAFETY: the frame is owned by the generator and initialised.
    let yielded = unsafe { (*f).yielded };
    match result {
        Ok(v) if yielded => {
            g.state.with_mut(|s| *s = GenState::Suspended);
            Ok(SendResult::Yielded(v))
        }
        Ok(v) => {
            g.state.with_mut(|s| *s = GenState::Finished);
            Ok(SendResult::Returned(v))
        }
        Err(e) => {
            g.state.with_mut(|s| *s = GenState::Finished);
            Err(e)
        }
    }
}

/// The iterator slot of generators: `Ok(None)` when exhausted (the return value is dropped,
/// as iteration discards it).
pub fn gen_next(ts: &ThreadState, gen: &Value) -> PyResult<Option<Value>> {
    match gen_send_ex(ts, gen, Value::NONE, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(_) => Ok(None),
    }
}

/// `next(gen)` / `gen.__next__()`: StopIteration carries the return value.
pub fn gen_next_value(ts: &ThreadState, gen: &Value) -> PyResult<Value> {
    match gen_send_ex(ts, gen, Value::NONE, None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(ts.stop_iteration(v)),
    }
}

/// `SEND`: delegate to a generator or any iterator with `send`.
pub fn send_to(ts: &ThreadState, receiver: &Value, v: Value) -> PyResult<SendResult> {
    if receiver.as_obj().is_some_and(|o| o.is::<GenData>()) {
        return gen_send_ex(ts, receiver, v, None);
    }
    if receiver
        .as_obj()
        .is_some_and(|o| o.is::<crate::asyncgen::AwaitableData>())
    {
        return crate::asyncgen::awaitable_send(ts, receiver, v);
    }
    let native = receiver
        .as_obj()
        .is_some_and(|o| o.is::<crate::object::iter::NativeIterData>());
    let r = if v.is_none() && native {
        match p::next(ts, receiver) {
            Ok(Some(x)) => return Ok(SendResult::Yielded(x)),
            Ok(None) => return Ok(SendResult::Returned(Value::NONE)),
            Err(e) => Err(e),
        }
    } else if v.is_none() {
        // `__next__` itself, so that a StopIteration's value reaches the `yield from`.
        p::call_method(ts, receiver, "__next__", &[])
    } else {
        p::call_method(ts, receiver, "send", &[v])
    };
    match r {
        Ok(x) => Ok(SendResult::Yielded(x)),
        Err(e) if p::is_instance_of(e.value(), &types().stop_iteration) => Ok(
            SendResult::Returned(crate::builtins::exceptions::stop_iteration_value(e.value())),
        ),
        Err(e) => Err(e),
    }
}

/// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
pub fn stopiteration_error(ts: &ThreadState, exc: Value, code: &CodeData) -> Value {
    let is_coro = code.code.flags & flags::COROUTINE != 0;
    let is_agen = code.code.flags & flags::ASYNC_GENERATOR != 0;
    let msg = if p::is_instance_of(&exc, &types().stop_iteration) {
        if is_coro {
            "coroutine raised StopIteration"
        } else if is_agen {
            "async generator raised StopIteration"
        } else {
            "generator raised StopIteration"
        }
    } else if is_agen && p::is_instance_of(&exc, &types().stop_async_iteration) {
        "async generator raised StopAsyncIteration"
    } else {
        return exc;
    };
    let err = ts.runtime_error(msg);
    if let Some(ed) = err.0.downcast::<crate::object::misc::ExceptionData>() {
        let old = ed.cause.replace(exc.clone());
        drop(old);
        let old = ed.context.replace(exc);
        drop(old);
        ed.suppress_context.with_mut(|s| *s = true);
    }
    err.0.into_value()
}

/// `gen.throw(exc)`.
pub fn gen_throw(ts: &ThreadState, gen: &Value, exc: PyErr) -> PyResult<Value> {
    match gen_send_ex(ts, gen, Value::NONE, Some(exc))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(ts.stop_iteration(v)),
    }
}

/// `gen.close()`.
pub fn gen_close(ts: &ThreadState, gen: &Value) -> PyResult<Value> {
    let Some(g) = gen.as_obj().and_then(|o| o.downcast::<GenData>()) else {
        return Ok(Value::NONE);
    };
    match g.state.get() {
        GenState::Created => {
            g.state.with_mut(|s| *s = GenState::Finished);
            let f = g.frame.frame();
            // SAFETY: the generator owns its initialised frame.
            unsafe {
                InterpreterFrame::clear(f);
                (*f).instr_ptr = ptr::null();
            }
            return Ok(Value::NONE);
        }
        GenState::Finished => return Ok(Value::NONE),
        _ => {}
    }
    let exc = PyErr(ts.new_exception(&types().generator_exit, vec![]));
    match gen_send_ex(ts, gen, Value::NONE, Some(exc)) {
        Ok(SendResult::Yielded(_)) => Err(ts.runtime_error(if g.is_coroutine {
            "coroutine ignored GeneratorExit"
        } else if type_of(gen).is_same(&types().async_generator) {
            "async generator ignored GeneratorExit"
        } else {
            "generator ignored GeneratorExit"
        })),
        Ok(SendResult::Returned(_)) => Ok(Value::NONE),
        Err(e)
            if p::is_instance_of(e.value(), &types().generator_exit)
                || p::is_instance_of(e.value(), &types().stop_iteration) =>
        {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

/// Whether a value is a generator.
pub fn is_generator(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.is::<GenData>()) && type_of(v).is_same(&types().generator)
}

/// The object a suspended generator or coroutine is awaiting (`cr_await`, `gi_yieldfrom`).
pub fn awaiting(g: &GenData) -> Option<Value> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    yield_from_target(g).map(|(v, _)| v)
}

/// If the generator is suspended inside `yield from`/`await`, the delegated-to iterator (the
/// receiver under the SEND loop) and the offset of the loop's END_SEND.
fn yield_from_target(g: &GenData) -> Option<(Value, u32)> {
    let f = g.frame.frame();
    // SAFETY: a suspended generator's frame is initialised; its instruction pointer is the
    // RESUME after the YIELD_VALUE it stopped at, and its stack pointer is accurate.
    unsafe {
        let code = InterpreterFrame::code(f);
        let base = code.first_instr();
        let resume = (*f).instr_ptr.offset_from(base) as u32;
        let instrs = ferrum_bytecode::dis::decode(&code.code.code, false);
        let i = instrs.iter().position(|x| x.offset == resume)?;
        let r = instrs.get(i)?;
        if r.opcode != Some(Opcode::Resume) || !(r.arg == 2 || r.arg == 3) {
            return None;
        }
        let jump = instrs.get(i + 1)?;
        if jump.opcode != Some(Opcode::JumpBackwardNoInterrupt) {
            return None;
        }
        let send_at = jump.jump_target()?;
        let send = instrs.iter().find(|x| x.offset == send_at)?;
        let end_send = send.jump_target()?;
        let lp = InterpreterFrame::localsplus(f);
        let sp = (*f).stack_pointer;
        if sp <= lp {
            return None;
        }
        Some(((*sp.sub(1)).clone(), end_send))
    }
}

/// `gen.throw(exc)` while suspended: delegate to the sub-iterator of a `yield from` first,
/// as CPython's `_gen_throw` does; GeneratorExit closes the sub-iterator instead.
fn throw_delegating(
    ts: &ThreadState,
    gen: &Value,
    g: &GenData,
    exc: PyErr,
) -> PyResult<SendResult> {
    let Some((receiver, end_send)) = yield_from_target(g) else {
        return resume_with(ts, gen, g, Value::NONE, Some(exc));
    };
    if p::is_instance_of(exc.value(), &types().generator_exit) {
        let closed = if receiver.as_obj().is_some_and(|o| o.is::<GenData>()) {
            gen_close(ts, &receiver).map(drop)
        } else {
            match p::getattr_opt(ts, &receiver, "close")? {
                Some(c) => p::call(ts, &c, &[], &[]).map(drop),
                None => Ok(()),
            }
        };
        let e = closed.err().unwrap_or(exc);
        return resume_with(ts, gen, g, Value::NONE, Some(e));
    }
    let delegated = if receiver.as_obj().is_some_and(|o| o.is::<GenData>()) {
        gen_send_ex(ts, &receiver, Value::NONE, Some(exc))
    } else {
        match p::getattr_opt(ts, &receiver, "throw")? {
            Some(t) => match p::call(ts, &t, &[exc.value().clone()], &[]) {
                Ok(v) => Ok(SendResult::Yielded(v)),
                Err(e) if p::is_instance_of(e.value(), &types().stop_iteration) => {
                    Ok(SendResult::Returned(
                        crate::builtins::exceptions::stop_iteration_value(e.value()),
                    ))
                }
                Err(e) => Err(e),
            },
            None => return resume_with(ts, gen, g, Value::NONE, Some(exc)),
        }
    };
    match delegated {
        Ok(SendResult::Yielded(v)) => Ok(SendResult::Yielded(v)),
        Ok(SendResult::Returned(v)) => {
            // The sub-iterator finished: continue this generator at END_SEND with its value
            // (END_SEND drops the receiver under it).
            let f = g.frame.frame();
            // SAFETY: `end_send` is an instruction offset inside this frame's code.
            unsafe {
                let base = InterpreterFrame::code(f).first_instr();
                (*f).instr_ptr = base.add(end_send as usize);
            }
            resume_with(ts, gen, g, v, None)
        }
        Err(e) => resume_with(ts, gen, g, Value::NONE, Some(e)),
    }
}
