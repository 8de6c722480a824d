//! The eval loop: one Rust function that runs frames until the entry frame's
//! `INTERPRETER_EXIT`.
//!
//! Registers: the current frame, the instruction pointer, the value-stack pointer and the
//! localsplus base. A call of a Python function pushes a frame on the data stack and switches
//! registers; RETURN_VALUE pops it and resumes the caller: Python-to-Python calls never recurse
//! on the Rust stack. Whoever enters the loop (a native caller, a generator resume) first
//! pushes an entry frame on its own Rust stack whose code is `INTERPRETER_EXIT`; returning into
//! it leaves the loop. Errors unwind through the exception table; frames without a handler are
//! popped, and reaching an entry frame returns the error to the native caller. See
//! docs/design/frames-and-calls.md and docs/design/exceptions.md.

use std::ptr;
use std::sync::Arc;

use ferrum_bytecode::code::{flags, local_kind};
use ferrum_bytecode::instructions::{function_attr, intrinsic1, BINARY_OP_INPLACE};
use ferrum_bytecode::{exception_table, CodeObject, CodeUnit, Opcode};

use crate::attr_cache::Loaded;
use crate::call;
use crate::frame::{FrameOwner, InterpreterFrame, HEADER_WORDS};
use crate::generator::{GenData, GenState};
use crate::object::containers::{
    as_dict, as_list, as_tuple, new_dict, new_list, new_set, new_tuple, DictData, ListData,
    TupleData,
};
use crate::object::float::as_f64;
use crate::object::function::{CellData, CodeData, FunctionData, MethodData};
use crate::object::int::int_from_i64;
use crate::object::misc::ExceptionData;
use crate::object::str::{as_str, new_str};
use crate::object::table::Table;
use crate::object::typeobj::{CompareOp, TypeData};
use crate::object::{ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

thread_local! {
    static SHIM: ObjRef = make_shim_code();
}

fn make_shim_code() -> ObjRef {
    let code = CodeObject {
        code: vec![
            CodeUnit::new(Opcode::Nop, 0),
            CodeUnit::new(Opcode::InterpreterExit, 0),
        ],
        stacksize: 2,
        filename: "<shim>".into(),
        name: "<shim>".into(),
        qualname: "<shim>".into(),
        firstlineno: 0,
        ..CodeObject::default()
    };
    let obj = crate::object::code::new_code_object(Arc::new(code));
    obj.make_immortal();
    obj
}

/// Storage for an entry frame on the Rust stack (header + two stack slots).
#[repr(C)]
struct EntryFrame {
    words: [u64; HEADER_WORDS + 2],
}

/// Runs `frame` (already initialised, arguments bound) to completion and returns its result.
/// The frame is released when it returns or raises.
pub fn run_frame(ts: &ThreadState, frame: *mut InterpreterFrame) -> PyResult<Value> {
    run_under_entry(ts, frame, None)
}

/// Resumes a generator frame: pushes `sent` (or raises `throw` inside it) and runs until it
/// yields or returns. The frame's `yielded` flag tells which.
pub fn resume_frame(
    ts: &ThreadState,
    frame: *mut InterpreterFrame,
    sent: Value,
    throw: Option<PyErr>,
) -> PyResult<Value> {
    // The sent value is pushed even when an exception is thrown in, as CPython does: the
    // handler of a `yield from` loop expects it under the exception.
    // SAFETY: a suspended generator frame has room for the value it receives on resume.
    unsafe {
        let sp = (*frame).stack_pointer;
        ptr::write(sp, sent);
        (*frame).stack_pointer = sp.add(1);
    }
    run_under_entry(ts, frame, throw)
}

/// Pushes an entry frame (on this Rust stack) under `frame` and runs the eval loop until
/// control returns to it.
fn run_under_entry(
    ts: &ThreadState,
    frame: *mut InterpreterFrame,
    throw: Option<PyErr>,
) -> PyResult<Value> {
    let mut entry = EntryFrame {
        words: [0; HEADER_WORDS + 2],
    };
    let entry_ptr = entry.words.as_mut_ptr() as *mut InterpreterFrame;
    let shim = SHIM.with(ObjRef::clone);
    // SAFETY: the shim object is a code object (made above).
    let shim_code = unsafe { shim.downcast_unchecked::<CodeData>() } as *const CodeData;
    // SAFETY: `entry` has room for a header and two slots; the shim's instruction 1 is
    // INTERPRETER_EXIT, where a returning frame resumes it.
    unsafe {
        InterpreterFrame::init(
            entry_ptr,
            shim.into_value(),
            shim_code,
            Value::NULL,
            Value::NULL,
            Value::NULL,
            Value::NULL,
            2,
            FrameOwner::Entry,
            0,
            (&(*shim_code)).first_instr().add(1),
            0,
        );
        (*entry_ptr).previous = ts.current_frame.get();
        (*frame).previous = entry_ptr;
    }
    let r = eval(ts, frame, throw);
    // SAFETY: the entry frame is initialised; clearing drops its references.
    unsafe {
        ts.current_frame.set((*entry_ptr).previous);
        InterpreterFrame::clear(entry_ptr);
    }
    r
}

/// Releases a frame that finished (returned or was unwound).
///
/// # Safety
/// `frame` must be initialised; thread-owned frames must be the top of the data stack.
#[inline(always)]
unsafe fn release_frame(ts: &ThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: forwarded from the caller.
    unsafe {
        if (*frame).owner == FrameOwner::Thread {
            ts.recursion_remaining.set(ts.recursion_remaining.get() + 1);
            InterpreterFrame::clear(frame);
            ts.datastack().pop(frame as *mut u64);
        } else {
            release_owned_frame(ts, frame);
        }
    }
}

/// [`release_frame`] for generator and entry frames.
///
/// # Safety
/// As for `release_frame`.
#[inline(never)]
unsafe fn release_owned_frame(ts: &ThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: forwarded from the caller.
    unsafe {
        if (*frame).owner == FrameOwner::Generator {
            ts.recursion_remaining.set(ts.recursion_remaining.get() + 1);
            let g = (*frame).generator;
            if !g.is_null() {
                (*g).state.with_mut(|s| *s = GenState::Finished);
                (*g).leave_exc_state(ts);
            }
            InterpreterFrame::clear(frame);
            (*frame).instr_ptr = ptr::null();
        }
    }
}

#[cold]
fn recursion_error(ts: &ThreadState) -> PyErr {
    ts.new_error(&types().recursion_error, "maximum recursion depth exceeded")
}

/// The eval loop proper.
#[allow(clippy::cognitive_complexity)]
fn eval(
    ts: &ThreadState,
    mut frame: *mut InterpreterFrame,
    throw: Option<PyErr>,
) -> PyResult<Value> {
    // Registers (reloaded whenever `frame` changes).
    let mut ip: *const CodeUnit;
    let mut sp: *mut Value;
    let mut lp: *mut Value;
    let mut code: &CodeData;

    macro_rules! load_frame {
        () => {{
            // SAFETY: `frame` is an initialised frame whose code outlives it.
            unsafe {
                ts.current_frame.set(frame);
                ip = (*frame).instr_ptr;
                sp = (*frame).stack_pointer;
                lp = InterpreterFrame::localsplus(frame);
                code = &*(*frame).code;
            }
        }};
    }
    load_frame!();
    let mut pending: Option<(PyErr, bool, Option<u32>)> = throw.map(|e| (e, false, None));
    if pending.is_some() {
        // Errors thrown into a suspended frame are reported at its last instruction.
        // SAFETY: the frame is initialised.
        unsafe {
            (*frame).prev_instr = ip.sub(1).max(code.first_instr());
        }
    }
    if let Err(e) = ts.enter_recursive_frame() {
        pending = Some((e, false, None));
    }
    loop {
        // `pending` holds an error to unwind: (exception, is_reraise).
        let (err, reraise, restored_lasti) = match pending.take() {
            Some(x) => x,
            None => {
                let r = run(ts, &mut frame, &mut ip, &mut sp, &mut lp, &mut code);
                match r {
                    Exit::Return(v) => {
                        ts.leave_recursive_frame();
                        return Ok(v);
                    }
                    Exit::Error(e, reraise, l) => (e, reraise, l),
                }
            }
        };
        let _ = (&lp, &code);
        // Unwind.
        // SAFETY: `frame` is initialised; `prev_instr` was set by the failing instruction.
        let mut lasti = unsafe { InterpreterFrame::lasti(frame) };
        let mut reported_lasti = restored_lasti.unwrap_or(lasti);
        if !reraise {
            attach_context(ts, &err);
            // SAFETY: as above.
            unsafe { add_traceback(ts, &err, frame, lasti) };
        }
        loop {
            // SAFETY: `frame` is initialised.
            let handler = unsafe {
                let c = InterpreterFrame::code(frame);
                exception_table::lookup(&c.code.exceptiontable, lasti)
            };
            if let Some(h) = handler {
                // SAFETY: the frame is initialised and `sp` is its live stack top.
                unsafe {
                    let base = InterpreterFrame::localsplus(frame)
                        .add(InterpreterFrame::code(frame).code.nlocalsplus());
                    let target_sp = base.add(h.depth as usize);
                    let mut dropped = Vec::new();
                    while sp > target_sp {
                        sp = sp.sub(1);
                        dropped.push(ptr::read(sp));
                    }
                    drop(dropped);
                    if h.lasti {
                        ptr::write(sp, int_from_i64(i64::from(reported_lasti)));
                        sp = sp.add(1);
                    }
                    ptr::write(sp, err.0.clone().into_value());
                    sp = sp.add(1);
                    (*frame).stack_pointer = sp;
                    (*frame).instr_ptr = InterpreterFrame::code(frame)
                        .first_instr()
                        .add(h.target as usize);
                }
                load_frame!();
                break;
            }
            // No handler here: pop the frame.
            // SAFETY: the frame is initialised; its stack top is `sp`.
            unsafe {
                (*frame).stack_pointer = sp;
                let prev = (*frame).previous;
                let owner = (*frame).owner;
                if owner == FrameOwner::Entry {
                    ts.current_frame.set(frame);
                    ts.leave_recursive_frame();
                    return Err(err);
                }
                (*frame).yielded = false;
                // A RERAISE reports the instruction it restored (as CPython's RERAISE sets
                // `prev_instr`): the finished frame's object keeps that line.
                let c = InterpreterFrame::code(frame);
                let last = c.instrs.len().saturating_sub(1);
                (*frame).prev_instr = c.first_instr().add((reported_lasti as usize).min(last));
                release_frame(ts, frame);
                frame = prev;
                (*frame).return_offset = 0;
                sp = (*frame).stack_pointer;
                if (*frame).owner == FrameOwner::Entry {
                    ts.current_frame.set(frame);
                    ts.leave_recursive_frame();
                    return Err(err);
                }
                lasti = InterpreterFrame::lasti(frame);
                reported_lasti = lasti;
                add_traceback(ts, &err, frame, lasti);
            }
        }
    }
}

enum Exit {
    Return(Value),
    /// An error to unwind: the exception, whether it is a re-raise (no new traceback entry),
    /// and the `lasti` a RERAISE restored (reported instead of the current instruction).
    Error(PyErr, bool, Option<u32>),
}

impl ThreadState {
    fn enter_recursive_frame(&self) -> PyResult<()> {
        if self.stack_exhausted() {
            return Err(recursion_error(self));
        }
        Ok(())
    }
    fn leave_recursive_frame(&self) {}
}

/// Sets `__context__` of a newly raised exception to the exception being handled.
fn attach_context(ts: &ThreadState, err: &PyErr) {
    let handled = ts.handled.get();
    if handled.is_null() || handled.is_none() || handled.is(err.value()) {
        return;
    }
    let Some(ed) = err.0.downcast::<ExceptionData>() else {
        return;
    };
    if !ed.context.get().is_none() {
        return;
    }
    // Break cycles: if `err` is already in handled's context chain, cut it there.
    let mut cur = handled.clone();
    for _ in 0..10000 {
        let Some(cd) = cur.as_obj().and_then(|o| o.downcast::<ExceptionData>()) else {
            break;
        };
        let next = cd.context.get();
        if next.is(err.value()) {
            let old = cd.context.replace(Value::NONE);
            drop(old);
            break;
        }
        if next.is_none() {
            break;
        }
        cur = next;
    }
    let old = ed.context.replace(handled);
    drop(old);
}

/// Prepends a traceback entry for `frame` at `lasti` to the exception's traceback.
///
/// # Safety
/// `frame` must be initialised.
unsafe fn add_traceback(ts: &ThreadState, err: &PyErr, frame: *mut InterpreterFrame, lasti: u32) {
    // SAFETY: forwarded.
    let fobj = unsafe { crate::builtins::frameobject::frame_object(frame) };
    crate::builtins::traceback::push_traceback(ts, err, fobj, lasti);
}

/// Runs instructions until the entry frame exits or an error needs unwinding.
#[allow(clippy::too_many_lines)]
#[inline(never)]
fn run(
    ts: &ThreadState,
    frame_r: &mut *mut InterpreterFrame,
    ip_r: &mut *const CodeUnit,
    sp_r: &mut *mut Value,
    lp_r: &mut *mut Value,
    code_r: &mut &CodeData,
) -> Exit {
    let mut frame = *frame_r;
    let mut ip = *ip_r;
    let mut sp = *sp_r;
    let _ = *lp_r;
    let _ = code_r;

    macro_rules! load_frame {
        () => {{
            // SAFETY: `frame` is an initialised frame whose code outlives it.
            unsafe {
                ts.current_frame.set(frame);
                ip = (*frame).instr_ptr;
                sp = (*frame).stack_pointer;
            }
        }};
    }
    // The running code. Not kept in a variable: the loop keeps only `ip`, `sp`, `frame` and
    // `ts` live across instructions, so that they stay in registers.
    macro_rules! code {
        () => {{
            // SAFETY: `frame` is initialised and its code outlives it.
            let c: &CodeData = unsafe { &*(*frame).code };
            c
        }};
    }
    // The instruction being executed (its own unit, after any EXTENDED_ARG prefixes), which
    // dispatch records in the frame as CPython's `prev_instr`.
    macro_rules! this_instr {
        () => {{
            // SAFETY: `frame` is initialised.
            unsafe { (*frame).prev_instr }
        }};
    }
    macro_rules! save_frame {
        () => {{
            // SAFETY: `frame` is initialised.
            unsafe {
                (*frame).instr_ptr = ip;
                (*frame).stack_pointer = sp;
            }
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            let v: Value = $v;
            // SAFETY: the compiler's stack-depth analysis guarantees room below co_stacksize.
            unsafe {
                ptr::write(sp, v);
                sp = sp.add(1);
            }
        }};
    }
    macro_rules! pop {
        () => {{
            // SAFETY: the stack holds at least one value here (stack effects are validated).
            unsafe {
                sp = sp.sub(1);
                ptr::read(sp)
            }
        }};
    }
    macro_rules! peek {
        ($n:expr) => {{
            // SAFETY: the stack holds at least `$n` values.
            unsafe { &*sp.sub($n) }
        }};
    }
    macro_rules! local {
        ($i:expr) => {{
            // SAFETY: opargs of local instructions are validated against nlocalsplus.
            unsafe { &mut *InterpreterFrame::localsplus(frame).add($i as usize) }
        }};
    }
    macro_rules! jump_by {
        ($n:expr) => {{
            // SAFETY: jump targets are validated to lie within the code array.
            ip = unsafe { ip.add($n as usize) };
        }};
    }
    macro_rules! jump_back {
        ($n:expr) => {{
            // SAFETY: jump targets are validated to lie within the code array.
            ip = unsafe { ip.sub($n as usize) };
        }};
    }
    // Pushes a comparison's bool, or, when the next instruction is POP_JUMP_IF_FALSE/TRUE
    // (as after nearly every comparison in an `if` or `while`), performs that jump at once:
    // the bool never reaches the stack and the jump needs no dispatch of its own.
    macro_rules! push_cond {
        ($b:expr) => {{
            let b: bool = $b;
            // SAFETY: a comparison is never the last instruction of validated code (code ends
            // in a return, raise or jump), so the next unit exists.
            let next = unsafe { *ip };
            if next.op == Opcode::PopJumpIfFalse as u8 {
                // The jump and its cache unit.
                skip!(2);
                if !b {
                    jump_by!(next.arg);
                }
            } else if next.op == Opcode::PopJumpIfTrue as u8 {
                skip!(2);
                if b {
                    jump_by!(next.arg);
                }
            } else {
                push!(Value::from_bool(b));
            }
        }};
    }
    macro_rules! skip {
        ($n:expr) => {{
            // SAFETY: every instruction is followed by its cache units in the code array.
            ip = unsafe { ip.add($n) };
        }};
    }
    macro_rules! error {
        ($e:expr) => {{
            save_frame!();
            *frame_r = frame;
            *ip_r = ip;
            *sp_r = sp;

            return Exit::Error($e, false, None);
        }};
    }
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => error!(e),
            }
        };
    }
    macro_rules! name {
        ($i:expr) => {
            // SAFETY: name indexes are validated against co_names.
            {
                let c = code!();
                // SAFETY: as above.
                unsafe { c.names.get_unchecked($i as usize) }
            }
        };
    }
    macro_rules! constant {
        ($i:expr) => {
            // SAFETY: const indexes are validated against co_consts.
            {
                let c = code!();
                // SAFETY: as above.
                unsafe { c.consts.get_unchecked($i as usize) }
            }
        };
    }

    'dispatch: loop {
        // SAFETY: `ip` points at an instruction of the current code array (validated code
        // never runs off its end: every path ends in a return, raise or jump).
        let unit = unsafe { *ip };
        // SAFETY: `frame` is initialised.
        unsafe { (*frame).prev_instr = ip };
        skip!(1);
        let mut oparg = u32::from(unit.arg);
        // SAFETY: opcodes are validated to be in the table when the code object is made.
        let mut op: Opcode = unsafe { std::mem::transmute::<u8, Opcode>(unit.op) };
        // EXTENDED_ARG is an ordinary handler that widens `oparg` and dispatches again on the
        // instruction it prefixes, so the common path pays no test for it.
        'reswitch: loop {
            match op {
                Opcode::Cache | Opcode::Nop | Opcode::Resume => {}
                Opcode::ExtendedArg => {
                    // SAFETY: EXTENDED_ARG is always followed by the instruction it extends.
                    let next = unsafe { *ip };
                    // SAFETY: `frame` is initialised.
                    unsafe { (*frame).prev_instr = ip };
                    skip!(1);
                    oparg = (oparg << 8) | u32::from(next.arg);
                    // SAFETY: as above, validated opcode.
                    op = unsafe { std::mem::transmute::<u8, Opcode>(next.op) };
                    continue 'reswitch;
                }
                Opcode::LoadFast | Opcode::LoadFastCheck => {
                    let v = local!(oparg);
                    if v.is_null() {
                        error!(unbound_local(ts, code!(), oparg as usize));
                    }
                    let v = v.clone();
                    push!(v);
                }
                Opcode::LoadFastAndClear => {
                    let v = local!(oparg).take();
                    push!(v);
                }
                Opcode::LoadFastLoadFast => {
                    let a = local!(oparg >> 4);
                    if a.is_null() {
                        error!(unbound_local(ts, code!(), (oparg >> 4) as usize));
                    }
                    let a = a.clone();
                    let b = local!(oparg & 15);
                    if b.is_null() {
                        drop(a);
                        error!(unbound_local(ts, code!(), (oparg & 15) as usize));
                    }
                    let b = b.clone();
                    push!(a);
                    push!(b);
                }
                Opcode::StoreFast => {
                    let v = pop!();
                    let old = std::mem::replace(local!(oparg), v);
                    drop(old);
                }
                Opcode::StoreFastLoadFast => {
                    let v = pop!();
                    let old = std::mem::replace(local!(oparg >> 4), v);
                    drop(old);
                    let b = local!(oparg & 15);
                    if b.is_null() {
                        error!(unbound_local(ts, code!(), (oparg & 15) as usize));
                    }
                    let b = b.clone();
                    push!(b);
                }
                Opcode::StoreFastStoreFast => {
                    let v1 = pop!();
                    let old = std::mem::replace(local!(oparg >> 4), v1);
                    drop(old);
                    let v2 = pop!();
                    let old = std::mem::replace(local!(oparg & 15), v2);
                    drop(old);
                }
                Opcode::DeleteFast => {
                    let old = local!(oparg).take();
                    if old.is_null() {
                        error!(unbound_local(ts, code!(), oparg as usize));
                    }
                    drop(old);
                }
                Opcode::LoadConst => {
                    push!(constant!(oparg).clone());
                }
                Opcode::ReturnConst | Opcode::ReturnValue => {
                    let retval = if op == Opcode::ReturnConst {
                        constant!(oparg).clone()
                    } else {
                        pop!()
                    };
                    // SAFETY: `frame` is initialised and finished; its caller resumes.
                    unsafe {
                        (*frame).stack_pointer = sp;
                        (*frame).yielded = false;
                        let prev = (*frame).previous;
                        release_frame(ts, frame);
                        frame = prev;
                    }
                    load_frame!();
                    // A nonzero offset was set by FOR_ITER when it resumed a generator inline: it
                    // lands on the loop's END_FOR.
                    // SAFETY: the caller is initialised.
                    let off = unsafe { std::mem::take(&mut (*frame).return_offset) };
                    if off != 0 {
                        jump_by!(off);
                    }
                    push!(retval);
                }
                Opcode::InterpreterExit => {
                    let v = pop!();
                    save_frame!();
                    *frame_r = frame;
                    return Exit::Return(v);
                }
                Opcode::PopTop => {
                    drop(pop!());
                }
                Opcode::PushNull => push!(Value::NULL),
                Opcode::EndFor => drop(pop!()),
                Opcode::EndSend => {
                    let v = pop!();
                    drop(pop!());
                    push!(v);
                }
                Opcode::Copy => {
                    let v = peek!(oparg as usize).clone();
                    push!(v);
                }
                Opcode::Swap => {
                    // SAFETY: the stack holds at least `oparg` values.
                    unsafe { ptr::swap(sp.sub(1), sp.sub(oparg as usize)) };
                }
                Opcode::UnaryNegative => {
                    let v = pop!();
                    let r = match v.as_small_int() {
                        Some(i) => Ok(int_from_i64(-i)),
                        None => crate::builtins::numbers::negative(ts, &v),
                    };
                    drop(v);
                    push!(tri!(r));
                }
                Opcode::UnaryInvert => {
                    let v = pop!();
                    let r = crate::builtins::numbers::invert(ts, &v);
                    drop(v);
                    push!(tri!(r));
                }
                Opcode::UnaryNot => {
                    let v = pop!();
                    let b = v.is_true_singleton();
                    push!(Value::from_bool(!b));
                }
                Opcode::ToBool => {
                    skip!(3);
                    let top = peek!(1);
                    if !top.is_bool() {
                        let v = pop!();
                        let r = p::truthy(ts, &v);
                        drop(v);
                        push!(Value::from_bool(tri!(r)));
                    }
                }
                Opcode::BinaryOp => {
                    skip!(1);
                    let b = pop!();
                    let a = pop!();
                    if let Some(r) = binary_op_inline(&a, &b, oparg) {
                        // Both operands are inline ints or floats: nothing to release.
                        std::mem::forget(a);
                        std::mem::forget(b);
                        push!(r);
                    } else {
                        let r = binary_op_slow(ts, &a, &b, oparg);
                        drop(a);
                        drop(b);
                        push!(tri!(r));
                    }
                }
                Opcode::CompareOp => {
                    skip!(1);
                    let b = pop!();
                    let a = pop!();
                    let cmp = CompareOp::from_index(oparg >> 5);
                    // Inline ints and floats own nothing: they are forgotten, not dropped.
                    let r = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        std::mem::forget(a);
                        std::mem::forget(b);
                        push_cond!(cmp.test(x.cmp(&y)));
                        continue 'dispatch;
                    } else if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
                        std::mem::forget(a);
                        std::mem::forget(b);
                        push_cond!(float_compare(x, y, cmp));
                        continue 'dispatch;
                    } else {
                        let r = p::richcompare(ts, &a, &b, cmp);
                        match r {
                            Ok(v) if oparg & 16 != 0 && !v.is_bool() => {
                                p::truthy(ts, &v).map(Value::from_bool)
                            }
                            r => r,
                        }
                    };
                    drop(a);
                    drop(b);
                    push!(tri!(r));
                }
                Opcode::IsOp => {
                    let b = pop!();
                    let a = pop!();
                    let r = a.is(&b) != (oparg == 1);
                    drop(a);
                    drop(b);
                    push_cond!(r);
                }
                Opcode::ContainsOp => {
                    skip!(1);
                    let b = pop!();
                    let a = pop!();
                    let r = p::contains(ts, &b, &a);
                    drop(a);
                    drop(b);
                    let r = tri!(r);
                    push_cond!(r != (oparg == 1));
                }
                Opcode::BinarySubscr => {
                    skip!(1);
                    let sub = pop!();
                    let container = pop!();
                    let r = subscr_fast(ts, &container, &sub);
                    drop(sub);
                    drop(container);
                    push!(tri!(r));
                }
                Opcode::BinarySlice => {
                    let stop = pop!();
                    let start = pop!();
                    let container = pop!();
                    let slice = crate::builtins::slice::new_slice(start, stop, Value::NONE);
                    let r = p::getitem(ts, &container, &slice);
                    drop(container);
                    push!(tri!(r));
                }
                Opcode::StoreSubscr => {
                    skip!(1);
                    let sub = pop!();
                    let container = pop!();
                    let v = pop!();
                    let r = store_subscr_fast(ts, &container, sub, v);
                    drop(container);
                    tri!(r);
                }
                Opcode::StoreSlice => {
                    let stop = pop!();
                    let start = pop!();
                    let container = pop!();
                    let v = pop!();
                    let slice = crate::builtins::slice::new_slice(start, stop, Value::NONE);
                    let r = p::setitem(ts, &container, &slice, v);
                    drop(container);
                    tri!(r);
                }
                Opcode::DeleteSubscr => {
                    let sub = pop!();
                    let container = pop!();
                    let r = p::delitem(ts, &container, &sub);
                    drop(container);
                    drop(sub);
                    tri!(r);
                }
                Opcode::GetIter => {
                    let v = pop!();
                    let r = p::get_iter(ts, &v);
                    drop(v);
                    push!(tri!(r));
                }
                Opcode::GetYieldFromIter => {
                    let v = peek!(1);
                    let is_gen = v.as_obj().is_some_and(|o| o.is::<GenData>());
                    if is_gen
                        && type_of(v).is_same(&types().coroutine)
                        && code!().code.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0
                    {
                        error!(ts.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator"
                        ));
                    }
                    if !is_gen {
                        let v = pop!();
                        let r = p::get_iter(ts, &v);
                        drop(v);
                        push!(tri!(r));
                    }
                }
                Opcode::ForIter => {
                    skip!(1);
                    let it = peek!(1);
                    if let Some(gf) = inline_generator(ts, it) {
                        // Run the generator's frame on top of this one: its yield pushes the next
                        // value here; its return lands on END_FOR with the return value.
                        // SAFETY: `gf` is a suspended (or new) generator frame with room for the
                        // value it receives on resume; `frame` is the running frame.
                        unsafe { link_generator_frame(gf, frame, Value::NONE, oparg) };
                        save_frame!();
                        frame = gf;
                        load_frame!();
                        continue 'dispatch;
                    }
                    let r = for_iter_next(ts, it);
                    match tri!(r) {
                        Some(v) => push!(v),
                        None => {
                            drop(pop!());
                            jump_by!(oparg + 2);
                        }
                    }
                }
                Opcode::JumpForward => jump_by!(oparg),
                Opcode::JumpBackward => {
                    skip!(1);
                    jump_back!(oparg);
                }
                Opcode::JumpBackwardNoInterrupt => jump_back!(oparg),
                Opcode::PopJumpIfFalse => {
                    skip!(1);
                    let v = pop!();
                    if !v.is_true_singleton() {
                        if !v.is_bool() {
                            let r = p::truthy(ts, &v);
                            drop(v);
                            if !tri!(r) {
                                jump_by!(oparg);
                            }
                        } else {
                            jump_by!(oparg);
                        }
                    }
                }
                Opcode::PopJumpIfTrue => {
                    skip!(1);
                    let v = pop!();
                    if v.is_true_singleton() {
                        jump_by!(oparg);
                    } else if !v.is_bool() {
                        let r = p::truthy(ts, &v);
                        drop(v);
                        if tri!(r) {
                            jump_by!(oparg);
                        }
                    }
                }
                Opcode::PopJumpIfNone => {
                    skip!(1);
                    let v = pop!();
                    if v.is_none() {
                        jump_by!(oparg);
                    }
                    drop(v);
                }
                Opcode::PopJumpIfNotNone => {
                    skip!(1);
                    let v = pop!();
                    if !v.is_none() {
                        jump_by!(oparg);
                    }
                    drop(v);
                }
                Opcode::LoadGlobal => {
                    // SAFETY: LOAD_GLOBAL is followed by its cache units (validated); the first
                    // records its cache slot.
                    let slot = crate::object::code::cache_slot(unsafe { *ip });
                    skip!(4);
                    let v = match load_global_hit(frame, code!(), slot) {
                        Some(v) => v,
                        None => {
                            let r = load_global_cached(ts, frame, code!(), slot, name!(oparg >> 1));
                            tri!(r)
                        }
                    };
                    push!(v);
                    if oparg & 1 != 0 {
                        push!(Value::NULL);
                    }
                }
                Opcode::StoreGlobal => {
                    let v = pop!();
                    let name = name!(oparg).clone();
                    // SAFETY: frame initialised.
                    let g = unsafe { (*frame).globals.clone() };
                    let r = store_in(ts, &g, name, v);
                    tri!(r);
                }
                Opcode::DeleteGlobal => {
                    let name = name!(oparg);
                    // SAFETY: frame initialised.
                    let g = unsafe { (*frame).globals.clone() };
                    let r = delete_global(ts, &g, name);
                    tri!(r);
                }
                Opcode::LoadName => {
                    let name = name!(oparg);
                    let r = load_name(ts, frame, name);
                    push!(tri!(r));
                }
                Opcode::StoreName => {
                    let v = pop!();
                    let name = name!(oparg).clone();
                    // SAFETY: frame initialised.
                    let locals = unsafe { (*frame).locals.clone() };
                    if locals.is_null() {
                        drop(v);
                        error!(ts.runtime_error(format!(
                            "no locals found when storing '{}'",
                            as_str(name.as_value()).unwrap_or("")
                        )));
                    }
                    let r = store_in(ts, &locals, name, v);
                    tri!(r);
                }
                Opcode::DeleteName => {
                    let name = name!(oparg);
                    // SAFETY: frame initialised.
                    let locals = unsafe { (*frame).locals.clone() };
                    let r = match as_dict(&locals) {
                        Some(d) => p::dict_del(ts, d, name.as_value()).and_then(|x| match x {
                            Some(_) => Ok(()),
                            None => Err(name_not_defined(ts, name)),
                        }),
                        None => p::delitem(ts, &locals, name.as_value()),
                    };
                    tri!(r);
                }
                Opcode::LoadFromDictOrGlobals => {
                    let mapping = pop!();
                    let name = name!(oparg);
                    let r = match mapping_get(ts, &mapping, name) {
                        Ok(Some(v)) => Ok(v),
                        Ok(None) => load_global(ts, frame, name),
                        Err(e) => Err(e),
                    };
                    drop(mapping);
                    push!(tri!(r));
                }
                Opcode::LoadFromDictOrDeref => {
                    let mapping = pop!();
                    let name = code!().localsplusnames.get(oparg as usize).cloned();
                    let r = match name {
                        Some(n) => mapping_get(ts, &mapping, &n),
                        None => Ok(None),
                    };
                    drop(mapping);
                    match tri!(r) {
                        Some(v) => push!(v),
                        None => {
                            let cell = local!(oparg).clone();
                            let v = cell_get(&cell);
                            if v.is_null() {
                                error!(free_var_error(ts, code!(), oparg as usize));
                            }
                            push!(v);
                        }
                    }
                }
                Opcode::LoadLocals => {
                    // SAFETY: frame initialised.
                    let locals = unsafe { (*frame).locals.clone() };
                    if locals.is_null() {
                        error!(ts.runtime_error("no locals found"));
                    }
                    push!(locals);
                }
                Opcode::MakeCell => {
                    let slot = local!(oparg);
                    let initial = slot.take();
                    *slot = call::new_cell(initial);
                }
                Opcode::CopyFreeVars => {
                    // SAFETY: frame initialised; a frame with free vars always has a function.
                    let func = unsafe { (*frame).func.clone() };
                    let closure = func
                        .as_obj()
                        .and_then(|o| o.downcast::<FunctionData>())
                        .map(|f| f.closure.get())
                        .unwrap_or(Value::NONE);
                    let cells = as_tuple(&closure).unwrap_or(&[]);
                    let n = code!().code.nlocalsplus();
                    let first = n - oparg as usize;
                    for (i, c) in cells.iter().take(oparg as usize).enumerate() {
                        let old = std::mem::replace(local!(first + i), c.clone());
                        drop(old);
                    }
                }
                Opcode::LoadDeref => {
                    let v = cell_get(local!(oparg));
                    if v.is_null() {
                        error!(free_var_error(ts, code!(), oparg as usize));
                    }
                    push!(v);
                }
                Opcode::StoreDeref => {
                    let v = pop!();
                    let cell = local!(oparg).clone();
                    if let Some(c) = cell.as_obj().and_then(|o| o.downcast::<CellData>()) {
                        let old = c.0.replace(v);
                        drop(old);
                    } else {
                        drop(v);
                    }
                }
                Opcode::DeleteDeref => {
                    let cell = local!(oparg).clone();
                    let old = cell
                        .as_obj()
                        .and_then(|o| o.downcast::<CellData>())
                        .map(|c| c.0.replace(Value::NULL));
                    match old {
                        Some(o) if !o.is_null() => drop(o),
                        _ => error!(free_var_error(ts, code!(), oparg as usize)),
                    }
                }
                Opcode::LoadAttr => {
                    skip!(9);
                    let name = name!(oparg >> 1);
                    let owner = pop!();
                    let cache = attr_cache(code!(), this_instr!());
                    if oparg & 1 != 0 {
                        let r = match cache {
                            Some(c) => crate::attr_cache::load_method(ts, c, &owner, name),
                            None => crate::attr_cache::generic_load_method(ts, &owner, name),
                        };
                        match r {
                            Ok(Loaded::Method(m)) => {
                                push!(m);
                                push!(owner);
                            }
                            Ok(Loaded::Attr(a)) => {
                                drop(owner);
                                push!(a);
                                push!(Value::NULL);
                            }
                            Err(e) => {
                                drop(owner);
                                error!(e);
                            }
                        }
                    } else {
                        let r = match cache {
                            Some(c) => crate::attr_cache::load_attr(ts, c, &owner, name),
                            None => p::getattr(ts, &owner, name),
                        };
                        drop(owner);
                        push!(tri!(r));
                    }
                }
                Opcode::StoreAttr => {
                    skip!(4);
                    let name = name!(oparg);
                    let owner = pop!();
                    let v = pop!();
                    let r = match attr_cache(code!(), this_instr!()) {
                        Some(c) => crate::attr_cache::store_attr(ts, c, &owner, name, v),
                        None => p::setattr(ts, &owner, name, Some(v)),
                    };
                    drop(owner);
                    tri!(r);
                }
                Opcode::DeleteAttr => {
                    let name = name!(oparg);
                    let owner = pop!();
                    let r = p::setattr(ts, &owner, name, None);
                    drop(owner);
                    tri!(r);
                }
                Opcode::LoadSuperAttr => {
                    skip!(1);
                    let name = name!(oparg >> 2);
                    let self_ = pop!();
                    let class = pop!();
                    let sup = pop!();
                    let r = crate::builtins::classes::super_attr(
                        ts,
                        &sup,
                        &class,
                        &self_,
                        name,
                        oparg & 1 != 0,
                    );
                    drop(sup);
                    drop(class);
                    match tri!(r) {
                        Loaded::Method(m) => {
                            push!(m);
                            push!(self_);
                        }
                        Loaded::Attr(v) => {
                            drop(self_);
                            push!(v);
                            if oparg & 1 != 0 {
                                push!(Value::NULL);
                            }
                        }
                    }
                }
                Opcode::BuildTuple => {
                    let items = take_n(&mut sp, oparg as usize);
                    push!(new_tuple(items));
                }
                Opcode::BuildList => {
                    let items = take_n(&mut sp, oparg as usize);
                    push!(new_list(items));
                }
                Opcode::BuildSet => {
                    let items = take_n(&mut sp, oparg as usize);
                    let s = new_set(Table::new());
                    for x in items {
                        tri!(crate::builtins::set::set_add(ts, &s, x));
                    }
                    push!(s);
                }
                Opcode::BuildMap => {
                    let items = take_n(&mut sp, 2 * oparg as usize);
                    let d = new_dict();
                    // SAFETY: fresh dict.
                    let dd = unsafe { d.downcast_unchecked::<DictData>() };
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!(p::dict_set(ts, dd, k, v));
                    }
                    push!(d.into_value());
                }
                Opcode::BuildConstKeyMap => {
                    let keys = pop!();
                    let values = take_n(&mut sp, oparg as usize);
                    let d = new_dict();
                    // SAFETY: fresh dict.
                    let dd = unsafe { d.downcast_unchecked::<DictData>() };
                    let ks = as_tuple(&keys).unwrap_or(&[]).to_vec();
                    for (k, v) in ks.into_iter().zip(values) {
                        tri!(p::dict_set(ts, dd, k, v));
                    }
                    push!(d.into_value());
                }
                Opcode::BuildString => {
                    let items = take_n(&mut sp, oparg as usize);
                    let mut s = String::new();
                    for x in &items {
                        s.push_str(as_str(x).unwrap_or(""));
                    }
                    drop(items);
                    push!(new_str(s));
                }
                Opcode::BuildSlice => {
                    let step = if oparg == 3 { pop!() } else { Value::NONE };
                    let stop = pop!();
                    let start = pop!();
                    push!(crate::builtins::slice::new_slice(start, stop, step));
                }
                Opcode::ListAppend => {
                    let v = pop!();
                    let l = peek!(oparg as usize);
                    if let Some(ld) = as_list(l) {
                        ld.0.with_mut(|items| items.push(v));
                    }
                }
                Opcode::SetAdd => {
                    let v = pop!();
                    let s = peek!(oparg as usize).clone();
                    tri!(crate::builtins::set::set_add(ts, &s, v));
                }
                Opcode::MapAdd => {
                    let v = pop!();
                    let k = pop!();
                    let d = peek!(oparg as usize).clone();
                    let r = match as_dict(&d) {
                        Some(dd) => p::dict_set(ts, dd, k, v),
                        None => Ok(()),
                    };
                    tri!(r);
                }
                Opcode::ListExtend => {
                    let it = pop!();
                    let l = peek!(oparg as usize).clone();
                    let r = crate::builtins::list::list_extend_value(ts, &l, &it);
                    if let Err(e) = r {
                        let e = if p::is_instance_of(e.value(), &types().type_error)
                            && p::get_iter(ts, &it).is_err()
                        {
                            ts.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                type_name(&it)
                            ))
                        } else {
                            e
                        };
                        error!(e);
                    }
                }
                Opcode::SetUpdate => {
                    let it = pop!();
                    let s = peek!(oparg as usize).clone();
                    let items = tri!(p::collect(ts, &it));
                    for x in items {
                        tri!(crate::builtins::set::set_add(ts, &s, x));
                    }
                }
                Opcode::DictUpdate | Opcode::DictMerge => {
                    let m = pop!();
                    let d = peek!(oparg as usize).clone();
                    let r = if op == Opcode::DictMerge {
                        // SAFETY: the callable sits below the NULL and the argument tuple, which
                        // lie under the dict (`oparg` from the top).
                        let func = unsafe { &*sp.sub(oparg as usize + 3) };
                        crate::builtins::dict::dict_merge_kwargs(ts, &d, &m, func)
                    } else {
                        crate::builtins::dict::dict_update_from(ts, &d, &m).map_err(|e| {
                            if p::is_instance_of(e.value(), &types().attribute_error) {
                                ts.type_error(format!(
                                    "'{}' object is not a mapping",
                                    type_name(&m)
                                ))
                            } else {
                                e
                            }
                        })
                    };
                    tri!(r);
                }
                Opcode::UnpackSequence => {
                    skip!(1);
                    let seq = pop!();
                    let items = match exact_tuple(&seq).map(|t| &*t.0) {
                        Some(t) if t.len() == oparg as usize => Ok(t.to_vec()),
                        _ => match exact_list(&seq) {
                            Some(l) if l.0.with(Vec::len) == oparg as usize => Ok(l.0.get()),
                            _ => unpack_iterable(ts, &seq, oparg as usize, None),
                        },
                    };
                    drop(seq);
                    let items = tri!(items);
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                Opcode::UnpackEx => {
                    let before = (oparg & 0xFF) as usize;
                    let after = (oparg >> 8) as usize;
                    let seq = pop!();
                    let r = unpack_iterable(ts, &seq, before, Some(after));
                    drop(seq);
                    let items = tri!(r);
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                Opcode::Call | Opcode::CallKw => {
                    if op == Opcode::Call {
                        // Fast path: a plain Python function (or a bound method of one) whose
                        // parameters take the arguments one-to-one. The callable moves into the
                        // new frame, the arguments into its first slots.
                        let nargs = oparg as usize;
                        // SAFETY: the stack holds the callable, the self slot and the arguments.
                        let (callable_slot, self_slot) =
                            unsafe { (sp.sub(nargs + 2), sp.sub(nargs + 1)) };
                        // SAFETY: both slots are live stack entries.
                        let (callable, has_self) =
                            unsafe { (&*callable_slot, !(*self_slot).is_null()) };
                        if let Some(fobj) = callable
                            .as_obj()
                            .filter(|o| ptr::eq(o.header().type_ptr(), types().function.as_ptr()))
                        {
                            // SAFETY: checked above.
                            let func = unsafe { fobj.downcast_unchecked::<FunctionData>() };
                            let code_obj = func.code.get();
                            // SAFETY: `__code__` is always a code object; the new frame owns
                            // `code_obj`, which keeps the payload alive.
                            let ccode: &CodeData = unsafe {
                                &*(code_obj.downcast_unchecked::<CodeData>() as *const CodeData)
                            };
                            let total = nargs + usize::from(has_self);
                            if ccode.fast_nargs as usize == total {
                                // SAFETY: the callable slot is live; the frame takes it over.
                                let fv = unsafe { ptr::read(callable_slot) };
                                let args_start = if has_self {
                                    self_slot
                                } else {
                                    // SAFETY: the first argument follows the self slot.
                                    unsafe { self_slot.add(1) }
                                };
                                // SAFETY: `args_start..sp` holds `total` live values that move
                                // into the new frame's parameter slots (`total` is the code's
                                // argcount); the callable was moved out above and the self
                                // slot, if NULL, owns nothing.
                                let pushed = unsafe {
                                    call::push_frame_with_args(
                                        ts, fv, func, code_obj, ccode, args_start, total,
                                    )
                                };
                                let newf = match pushed {
                                    Ok(f) => f,
                                    Err((fv, e)) => {
                                        // SAFETY: give the callable back to its slot.
                                        unsafe { ptr::write(callable_slot, fv) };
                                        error!(e)
                                    }
                                };
                                sp = callable_slot;
                                save_frame!();
                                // SAFETY: the new frame is initialised; link it and switch.
                                unsafe { (*newf).previous = frame };
                                frame = newf;
                                load_frame!();
                                continue 'dispatch;
                            }
                        }
                    }
                    let kwnames = if op == Opcode::CallKw {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    if op == Opcode::Call {
                        skip!(3);
                    }
                    let nkw = if kwnames.is_null() {
                        0
                    } else {
                        as_tuple(&kwnames).map_or(0, <[Value]>::len)
                    };
                    let mut nargs = oparg as usize;
                    // Layout: callable, self_or_null, args[nargs].
                    // SAFETY: the stack holds the callable, the self slot and the arguments.
                    let (callable_slot, self_slot) =
                        unsafe { (sp.sub(nargs + 2), sp.sub(nargs + 1)) };
                    // Unpack bound methods in place.
                    // SAFETY: slots are live stack entries.
                    unsafe {
                        if (*self_slot).is_null() {
                            if let Some(m) = (*callable_slot)
                                .as_obj()
                                .and_then(|o| o.downcast::<MethodData>())
                            {
                                let f = m.func.clone();
                                let s = m.self_.clone();
                                let old = std::mem::replace(&mut *callable_slot, f);
                                *self_slot = s;
                                drop(old);
                            }
                        }
                    }
                    // SAFETY: as above.
                    let has_self = unsafe { !(*self_slot).is_null() };
                    let args_start = if has_self {
                        nargs += 1;
                        self_slot
                    } else {
                        // SAFETY: the first argument follows the self slot.
                        unsafe { self_slot.add(1) }
                    };
                    // SAFETY: callable slot is live.
                    let callable = unsafe { &*callable_slot };
                    // Python function: push a frame, no Rust recursion.
                    if let Some(fobj) = callable
                        .as_obj()
                        .filter(|o| ptr::eq(o.header().type_ptr(), types().function.as_ptr()))
                    {
                        // SAFETY: checked above.
                        let func = unsafe { fobj.downcast_unchecked::<FunctionData>() };
                        let code_obj = func.code.get();
                        // SAFETY: `__code__` is always a code object; the payload stays alive as
                        // long as the new frame, which owns `code_obj`.
                        let ccode: &CodeData = unsafe {
                            &*(code_obj.downcast_unchecked::<CodeData>() as *const CodeData)
                        };
                        if ccode.code.flags
                            & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR)
                            == 0
                        {
                            let newf =
                                match call::push_frame(ts, fobj.clone(), func, code_obj, ccode) {
                                    Ok(f) => f,
                                    Err(e) => {
                                        drop(kwnames);
                                        error!(e)
                                    }
                                };
                            let bound = if nkw == 0 && fast_bindable(ccode, nargs) {
                                // Move the arguments into the new frame's parameter slots.
                                // SAFETY: `args_start..sp` holds `nargs` live values; the new frame
                                // has at least `nargs` NULL parameter slots.
                                unsafe {
                                    let nlp = InterpreterFrame::localsplus(newf);
                                    call::move_args(args_start, nlp, nargs);
                                    sp = args_start;
                                }
                                Ok(())
                            } else {
                                // SAFETY: `args_start..sp` are the arguments (cloned by bind_args).
                                let args = unsafe { std::slice::from_raw_parts(args_start, nargs) };
                                let kwn = as_tuple(&kwnames).unwrap_or(&[]);
                                // SAFETY: the new frame is initialised.
                                let r =
                                    unsafe { call::bind_args(ts, newf, func, ccode, args, kwn) };
                                drop_to(&mut sp, args_start);
                                r
                            };
                            // Pop the self slot (if it held no argument) and the callable.
                            drop_to(&mut sp, callable_slot);
                            drop(kwnames);
                            if let Err(e) = bound {
                                // SAFETY: `newf` is the top of the data stack.
                                unsafe { call::pop_frame(ts, newf) };
                                error!(e);
                            }
                            save_frame!();
                            // SAFETY: the new frame is initialised; link it and switch.
                            unsafe { (*newf).previous = frame };
                            frame = newf;
                            load_frame!();
                            continue 'dispatch;
                        }
                    }
                    // Everything else: a native call.
                    save_frame!();
                    // SAFETY: arguments are live stack slots.
                    let args = unsafe { std::slice::from_raw_parts(args_start, nargs) };
                    let kwn = as_tuple(&kwnames).unwrap_or(&[]);
                    let r = call::call_object(ts, callable, args, kwn);
                    drop_to(&mut sp, callable_slot);
                    drop(kwnames);
                    push!(tri!(r));
                }
                Opcode::CallFunctionEx => {
                    let kwargs = if oparg & 1 != 0 { pop!() } else { Value::NULL };
                    let callargs = pop!();
                    let _null = pop!();
                    let func = pop!();
                    save_frame!();
                    let r = call_ex(ts, &func, &callargs, &kwargs);
                    drop(func);
                    drop(callargs);
                    drop(kwargs);
                    push!(tri!(r));
                }
                Opcode::MakeFunction => {
                    let code_v = pop!();
                    // SAFETY: frame initialised.
                    let (globals, builtins) =
                        unsafe { ((*frame).globals.clone(), (*frame).builtins.clone()) };
                    let f = crate::builtins::function::make_function(ts, code_v, globals, builtins);
                    push!(tri!(f));
                }
                Opcode::SetFunctionAttribute => {
                    let func = pop!();
                    let attr = pop!();
                    if let Some(fd) = func.as_obj().and_then(|o| o.downcast::<FunctionData>()) {
                        let old = match oparg {
                            function_attr::DEFAULTS => fd.defaults.replace(attr),
                            function_attr::KWDEFAULTS => fd.kwdefaults.replace(attr),
                            function_attr::ANNOTATIONS => {
                                let a = tri!(crate::builtins::function::annotations_from(ts, attr));
                                fd.annotations.replace(a)
                            }
                            _ => fd.closure.replace(attr),
                        };
                        drop(old);
                    }
                    push!(func);
                }
                Opcode::ReturnGenerator => {
                    // Generator functions are turned into generators at call time (see
                    // `call::call_function`), which starts their frames after this instruction.
                    push!(Value::NONE);
                }
                Opcode::YieldValue => {
                    let v = pop!();
                    // SAFETY: `frame` is a generator frame; its caller is an entry frame or, when
                    // FOR_ITER resumed it inline, the frame running that loop.
                    unsafe {
                        (*frame).yielded = true;
                        (*frame).instr_ptr = ip;
                        (*frame).stack_pointer = sp;
                        let g = (*frame).generator;
                        if !g.is_null() {
                            (*g).state.with_mut(|s| *s = GenState::Suspended);
                            (*g).leave_exc_state(ts);
                        }
                        ts.recursion_remaining.set(ts.recursion_remaining.get() + 1);
                        frame = (*frame).previous;
                        (*frame).return_offset = 0;
                    }
                    load_frame!();
                    push!(v);
                }
                Opcode::Send => {
                    skip!(1);
                    // `yield from` a generator: run its frame inline, as FOR_ITER does; a
                    // return lands at the jump target with the return value.
                    let gen = peek!(2);
                    let sent = peek!(1);
                    let startable = sent.is_none() || !gen_state_is(gen, GenState::Created);
                    if startable {
                        if let Some(gf) = inline_generator(ts, gen) {
                            let v = pop!();
                            // SAFETY: as for FOR_ITER: `gf` is a resumable generator frame with
                            // room for the sent value.
                            unsafe { link_generator_frame(gf, frame, v, oparg) };
                            save_frame!();
                            frame = gf;
                            load_frame!();
                            continue 'dispatch;
                        }
                        if sent.is_none() {
                            if let Some(d) = gen
                                .as_obj()
                                .and_then(|o| o.downcast::<crate::object::iter::NativeIterData>())
                            {
                                match crate::object::iter::fast_next(d) {
                                    Some(Some(y)) => {
                                        drop(pop!());
                                        push!(y);
                                        continue 'dispatch;
                                    }
                                    Some(None) => {
                                        drop(pop!());
                                        push!(Value::NONE);
                                        jump_by!(oparg);
                                        continue 'dispatch;
                                    }
                                    None => {}
                                }
                            }
                        }
                    }
                    let v = pop!();
                    let receiver = peek!(1).clone();
                    save_frame!();
                    let r = crate::generator::send_to(ts, &receiver, v);
                    match tri!(r) {
                        crate::generator::SendResult::Yielded(y) => push!(y),
                        crate::generator::SendResult::Returned(rv) => {
                            push!(rv);
                            jump_by!(oparg);
                        }
                    }
                }
                Opcode::CleanupThrow => {
                    let exc = pop!();
                    let _last_sent = pop!();
                    let _sub_iter = pop!();
                    if p::is_instance_of(&exc, &types().stop_iteration) {
                        let v = crate::builtins::exceptions::stop_iteration_value(&exc);
                        push!(Value::NONE);
                        push!(v);
                    } else {
                        let e = exc.as_obj().cloned().map(PyErr);
                        match e {
                            Some(e) => {
                                save_frame!();
                                *frame_r = frame;
                                *ip_r = ip;
                                *sp_r = sp;

                                return Exit::Error(e, true, None);
                            }
                            None => error!(ts.type_error("bad exception")),
                        }
                    }
                }
                Opcode::PopExcept => {
                    let prev = pop!();
                    let prev = if prev.is_none() { Value::NULL } else { prev };
                    let old = ts.handled.replace(prev);
                    drop(old);
                }
                Opcode::PushExcInfo => {
                    let exc = pop!();
                    let prev = ts.handled.replace(exc.clone());
                    push!(if prev.is_null() { Value::NONE } else { prev });
                    push!(exc);
                }
                Opcode::CheckExcMatch => {
                    let ty = pop!();
                    let r = crate::builtins::exceptions::exception_matches(ts, peek!(1), &ty);
                    drop(ty);
                    push!(Value::from_bool(tri!(r)));
                }
                Opcode::CheckEgMatch => {
                    let ty = pop!();
                    let eg = pop!();
                    let r = crate::builtins::exceptions::eg_match(ts, &eg, &ty);
                    drop(ty);
                    drop(eg);
                    let (rest, matched) = tri!(r);
                    push!(rest);
                    push!(matched);
                }
                Opcode::RaiseVarargs => {
                    let e = match oparg {
                        0 => {
                            let h = ts.handled.get();
                            match h.as_obj() {
                                Some(o) => {
                                    let e = PyErr(o.clone());
                                    save_frame!();
                                    *frame_r = frame;
                                    *ip_r = ip;
                                    *sp_r = sp;

                                    return Exit::Error(e, true, None);
                                }
                                None => ts.runtime_error("No active exception to reraise"),
                            }
                        }
                        1 => {
                            let exc = pop!();
                            crate::builtins::exceptions::make_raise(ts, exc, None)
                        }
                        _ => {
                            let cause = pop!();
                            let exc = pop!();
                            crate::builtins::exceptions::make_raise(ts, exc, Some(cause))
                        }
                    };
                    error!(e);
                }
                Opcode::Reraise => {
                    let exc = pop!();
                    let restored = if oparg != 0 {
                        peek!(oparg as usize)
                            .as_small_int()
                            .map(|l| l.max(0) as u32)
                    } else {
                        None
                    };
                    let e = match exc.as_obj() {
                        Some(o) => PyErr(o.clone()),
                        None => ts.type_error("exceptions must derive from BaseException"),
                    };
                    drop(exc);
                    save_frame!();
                    *frame_r = frame;
                    *ip_r = ip;
                    *sp_r = sp;

                    return Exit::Error(e, true, restored);
                }
                Opcode::LoadAssertionError => push!(types().assertion_error.clone().into_value()),
                Opcode::LoadBuildClass => {
                    // SAFETY: frame initialised.
                    let b = unsafe { (*frame).builtins.clone() };
                    match as_dict(&b)
                        .and(b.as_obj())
                        .and_then(|d| p::dict_get_str(d, "__build_class__"))
                    {
                        Some(f) => push!(f),
                        None => error!(ts.name_error("__build_class__ not found")),
                    }
                }
                Opcode::BeforeWith => {
                    let mgr = pop!();
                    let r = crate::builtins::with::before_with(ts, &mgr);
                    drop(mgr);
                    let (exit, res) = tri!(r);
                    push!(exit);
                    push!(res);
                }
                Opcode::WithExceptStart => {
                    let val = peek!(1).clone();
                    let exit = peek!(4).clone();
                    let tb = crate::builtins::exceptions::traceback_of(&val);
                    let ty = type_of(&val).clone().into_value();
                    let r = p::call(ts, &exit, &[ty, val, tb], &[]);
                    push!(tri!(r));
                }
                Opcode::CallIntrinsic1 => {
                    let arg = pop!();
                    let r = match oparg {
                        intrinsic1::PRINT => crate::builtins::sys::call_displayhook(ts, &arg),
                        intrinsic1::IMPORT_STAR => {
                            // SAFETY: frame initialised.
                            let locals = unsafe { (*frame).locals.clone() };
                            crate::import::import_star(ts, &arg, &locals).map(|()| Value::NONE)
                        }
                        intrinsic1::STOPITERATION_ERROR => Ok(
                            crate::generator::stopiteration_error(ts, arg.clone(), code!()),
                        ),
                        intrinsic1::UNARY_POSITIVE => crate::builtins::numbers::positive(ts, &arg),
                        intrinsic1::ASYNC_GEN_WRAP => Ok(crate::asyncgen::wrap_value(arg.clone())),
                        intrinsic1::LIST_TO_TUPLE => Ok(new_tuple(
                            as_list(&arg).map(|l| l.0.get()).unwrap_or_default(),
                        )),
                        _ => Err(ts.runtime_error("unsupported intrinsic")),
                    };
                    drop(arg);
                    push!(tri!(r));
                }
                Opcode::CallIntrinsic2 => {
                    let a1 = pop!();
                    let a2 = pop!();
                    let r = crate::builtins::exceptions::prep_reraise_star(ts, &a2, &a1);
                    push!(tri!(r));
                }
                Opcode::ConvertValue => {
                    let v = pop!();
                    let r = match oparg {
                        1 => p::str_(ts, &v),
                        2 => p::repr(ts, &v),
                        _ => crate::builtins::functions::ascii(ts, &v),
                    };
                    drop(v);
                    push!(tri!(r));
                }
                Opcode::FormatSimple => {
                    let v = pop!();
                    if !p::is_exact_str(&v) {
                        let r = crate::builtins::format::format(ts, &v, "");
                        drop(v);
                        push!(tri!(r));
                    } else {
                        push!(v);
                    }
                }
                Opcode::FormatWithSpec => {
                    let spec = pop!();
                    let v = pop!();
                    let r = crate::builtins::format::format(ts, &v, as_str(&spec).unwrap_or(""));
                    drop(v);
                    drop(spec);
                    push!(tri!(r));
                }
                Opcode::ImportName => {
                    let fromlist = pop!();
                    let level = pop!();
                    let name = name!(oparg);
                    // SAFETY: frame initialised.
                    let globals = unsafe { (*frame).globals.clone() };
                    save_frame!();
                    let r = crate::import::import_name(
                        ts,
                        name.as_value(),
                        &globals,
                        &fromlist,
                        &level,
                    );
                    drop(fromlist);
                    drop(level);
                    push!(tri!(r));
                }
                Opcode::ImportFrom => {
                    let name = name!(oparg);
                    let module = peek!(1).clone();
                    let r = crate::import::import_from(ts, &module, name);
                    push!(tri!(r));
                }
                Opcode::SetupAnnotations => {
                    // SAFETY: frame initialised.
                    let locals = unsafe { (*frame).locals.clone() };
                    let r = crate::builtins::function::setup_annotations(ts, &locals);
                    tri!(r);
                }
                Opcode::GetLen => {
                    let r = p::len(ts, peek!(1));
                    push!(int_from_i64(tri!(r) as i64));
                }
                Opcode::MatchSequence => {
                    let b = crate::builtins::pattern::is_sequence(peek!(1));
                    push!(Value::from_bool(b));
                }
                Opcode::MatchMapping => {
                    let b = crate::builtins::pattern::is_mapping(peek!(1));
                    push!(Value::from_bool(b));
                }
                Opcode::MatchKeys => {
                    let keys = peek!(1).clone();
                    let subject = peek!(2).clone();
                    let r = crate::builtins::pattern::match_keys(ts, &subject, &keys);
                    push!(tri!(r));
                }
                Opcode::MatchClass => {
                    let names = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    let r = crate::builtins::pattern::match_class(
                        ts,
                        &subject,
                        &cls,
                        &names,
                        oparg as usize,
                    );
                    drop(subject);
                    drop(cls);
                    drop(names);
                    push!(tri!(r));
                }
                Opcode::GetAwaitable => {
                    let v = pop!();
                    let r = crate::asyncgen::get_awaitable(ts, &v, oparg);
                    drop(v);
                    push!(tri!(r));
                }
                Opcode::GetAiter => {
                    let v = pop!();
                    let r = crate::asyncgen::get_aiter(ts, &v);
                    drop(v);
                    push!(tri!(r));
                }
                Opcode::GetAnext => {
                    let r = crate::asyncgen::get_anext(ts, peek!(1));
                    push!(tri!(r));
                }
                Opcode::BeforeAsyncWith => {
                    let mgr = pop!();
                    let r = crate::asyncgen::before_async_with(ts, &mgr);
                    drop(mgr);
                    let (exit, res) = tri!(r);
                    push!(exit);
                    push!(res);
                }
                Opcode::EndAsyncFor => {
                    let exc = pop!();
                    if !crate::asyncgen::end_async_for_matches(&exc) {
                        let e = match exc.as_obj() {
                            Some(o) => PyErr(o.clone()),
                            None => ts.type_error("exceptions must derive from BaseException"),
                        };
                        drop(exc);
                        save_frame!();
                        *frame_r = frame;
                        *ip_r = ip;
                        *sp_r = sp;
                        return Exit::Error(e, true, None);
                    }
                    drop(exc);
                    drop(pop!());
                }
                Opcode::ExitInitCheck => {
                    let v = pop!();
                    if !v.is_none() {
                        error!(ts.type_error(format!(
                            "__init__() should return None, not '{}'",
                            type_name(&v)
                        )));
                    }
                }
            }
            break 'reswitch;
        }
    }
}

/// Whether a call with `nargs` positional arguments binds one-to-one to parameters.
#[inline(always)]
fn fast_bindable(code: &CodeData, nargs: usize) -> bool {
    let co = &code.code;
    co.argcount as usize == nargs
        && co.kwonlyargcount == 0
        && co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
}

/// Drops every stack value from `sp` down to `to` (top first), lowering `sp`.
#[inline(always)]
fn drop_to(sp: &mut *mut Value, to: *mut Value) {
    let mut p = *sp;
    // SAFETY: `to..sp` are live stack values; each is moved out before being dropped.
    unsafe {
        while p > to {
            p = p.sub(1);
            drop(ptr::read(p));
        }
    }
    *sp = p;
}

/// Pops `n` values off the stack (in stack order).
#[inline(always)]
fn take_n(sp: &mut *mut Value, n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(n);
    // SAFETY: the stack holds at least `n` values; we move them out and lower the pointer.
    unsafe {
        *sp = sp.sub(n);
        for i in 0..n {
            out.push(ptr::read(sp.add(i)));
        }
    }
    out
}

fn float_compare(x: f64, y: f64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// BINARY_OP on two small ints or two floats, when the result needs no error handling
/// (`None`: take [`binary_op_slow`]).
#[inline(always)]
fn binary_op_inline(a: &Value, b: &Value, oparg: u32) -> Option<Value> {
    // In-place forms behave alike on ints and floats.
    let op = if oparg >= BINARY_OP_INPLACE {
        oparg - BINARY_OP_INPLACE
    } else {
        oparg
    };
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return match op {
            0 => Some(int_from_i64(x + y)),
            10 => Some(int_from_i64(x - y)),
            5 => x.checked_mul(y).map(int_from_i64),
            1 => Some(int_from_i64(x & y)),
            7 => Some(int_from_i64(x | y)),
            12 => Some(int_from_i64(x ^ y)),
            2 if y != 0 => Some(int_from_i64(
                x.div_euclid(y) - i64::from((x.rem_euclid(y) != 0) && (y < 0)),
            )),
            6 if y != 0 => {
                let r = x % y;
                Some(int_from_i64(if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }))
            }
            _ => None,
        };
    }
    let (x, y) = (a.as_float()?, b.as_float()?);
    match op {
        0 => Some(Value::from_f64(x + y)),
        10 => Some(Value::from_f64(x - y)),
        5 => Some(Value::from_f64(x * y)),
        11 if y != 0.0 => Some(Value::from_f64(x / y)),
        _ => None,
    }
}

#[inline(never)]
fn binary_op_slow(ts: &ThreadState, a: &Value, b: &Value, oparg: u32) -> PyResult<Value> {
    // `str + str` (str has no in-place add, so `+=` is the same), as common as int
    // arithmetic in real programs.
    if oparg == 0 || oparg == BINARY_OP_INPLACE {
        if let (Some(x), Some(y)) = (exact_str(a), exact_str(b)) {
            return Ok(crate::object::str::concat(x, y));
        }
    }
    if oparg >= BINARY_OP_INPLACE {
        p::inplace_op(ts, a, b, (oparg - BINARY_OP_INPLACE) as usize)
    } else {
        p::binary_op(ts, a, b, oparg as usize)
    }
}

/// BINARY_SUBSCR with fast paths for list/tuple by int and dict.
#[inline(always)]
fn subscr_fast(ts: &ThreadState, c: &Value, sub: &Value) -> PyResult<Value> {
    if let Some(i) = sub.as_small_int() {
        {
            if let Some(l) = exact_list(c) {
                let r = l.0.with(|items| {
                    let n = items.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if (0..n).contains(&j) {
                        Some(items[j as usize].clone())
                    } else {
                        None
                    }
                });
                return r.ok_or_else(|| ts.index_error("list index out of range"));
            }
        }
    }
    p::getitem(ts, c, sub)
}

/// STORE_SUBSCR with a fast path for list[int] and dict.
#[inline(always)]
fn store_subscr_fast(ts: &ThreadState, c: &Value, sub: Value, v: Value) -> PyResult<()> {
    if let Some(i) = sub.as_small_int() {
        if let Some(l) = exact_list(c) {
            let r = l.0.with_mut(|items| {
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if (0..n).contains(&j) {
                    Ok(std::mem::replace(&mut items[j as usize], v))
                } else {
                    Err(v)
                }
            });
            return match r {
                Ok(old) => {
                    drop(old);
                    Ok(())
                }
                Err(v) => {
                    drop(v);
                    Err(ts.index_error("list assignment index out of range"))
                }
            };
        }
    }
    if let Some(d) = exact_dict(c) {
        if p::is_exact_str(&sub) || sub.is_small_int() {
            return p::dict_set(ts, d, sub, v);
        }
    }
    p::setitem(ts, c, &sub, v)
}

/// The payload of a range, list or tuple iterator (checked by type pointer), the iterators
/// FOR_ITER advances without a call.
#[inline(always)]
fn fast_iter_data(v: &Value) -> Option<&crate::object::iter::NativeIterData> {
    let o = v.as_obj()?;
    let t = o.header().type_ptr();
    let ty = types();
    if ptr::eq(t, ty.range_iterator.as_ptr())
        || ptr::eq(t, ty.list_iterator.as_ptr())
        || ptr::eq(t, ty.tuple_iterator.as_ptr())
    {
        // SAFETY: these three types are `final` native iterator types whose instances all
        // carry a `NativeIterData` payload.
        Some(unsafe { o.downcast_unchecked::<crate::object::iter::NativeIterData>() })
    } else {
        // Other iterators go through `protocol::next`.
        None
    }
}

macro_rules! exact_builtin {
    ($(#[$doc:meta] $name:ident, $field:ident, $payload:ty;)*) => {$(
        #[$doc]
        #[inline(always)]
        fn $name(v: &Value) -> Option<&$payload> {
            let o = v.as_obj()?;
            if ptr::eq(o.header().type_ptr(), types().$field.as_ptr()) {
                // SAFETY: instances of exactly this builtin type carry this payload (subclass
                // instances have other type pointers and are not accepted here).
                Some(unsafe { o.downcast_unchecked::<$payload>() })
            } else {
                None
            }
        }
    )*};
}

exact_builtin! {
    /// The payload of an exact `dict` (not a subclass), checked by type pointer alone.
    exact_dict, dict, DictData;
    /// The payload of an exact `list`.
    exact_list, list, ListData;
    /// The payload of an exact `tuple`.
    exact_tuple, tuple, TupleData;
    /// The payload of an exact `str`.
    exact_str, str, crate::object::str::StrData;
}

/// Prepares a generator frame to run inline on top of `caller`: pushes the value it
/// receives, links it, and records where the caller resumes if it returns.
///
/// # Safety
/// `gf` must be a resumable generator frame with room for one more value; `caller` the
/// running frame.
#[inline(always)]
unsafe fn link_generator_frame(
    gf: *mut InterpreterFrame,
    caller: *mut InterpreterFrame,
    sent: Value,
    return_offset: u32,
) {
    // SAFETY: forwarded from the caller.
    unsafe {
        let gsp = (*gf).stack_pointer;
        ptr::write(gsp, sent);
        (*gf).stack_pointer = gsp.add(1);
        (*gf).previous = caller;
        (*caller).return_offset = return_offset;
    }
}

/// Whether `v` is a generator in state `state`.
#[inline(always)]
fn gen_state_is(v: &Value, state: GenState) -> bool {
    v.as_obj()
        .and_then(|o| o.downcast::<GenData>())
        .is_some_and(|g| g.state.get() == state)
}

/// FOR_ITER over a plain generator that can be resumed now: marks it running, takes a
/// recursion slot and returns its frame. `None` for anything else (the generic path handles
/// it, including the errors: already running, recursion limit).
#[inline(always)]
fn inline_generator(ts: &ThreadState, it: &Value) -> Option<*mut InterpreterFrame> {
    let o = it.as_obj()?;
    if !ptr::eq(o.header().type_ptr(), types().generator.as_ptr()) {
        return None;
    }
    // SAFETY: the exact generator type has a GenData payload.
    let g = unsafe { o.downcast_unchecked::<GenData>() };
    if !matches!(g.state.get(), GenState::Created | GenState::Suspended) {
        return None;
    }
    let r = ts.recursion_remaining.get() - 1;
    if r < 0 {
        return None;
    }
    ts.recursion_remaining.set(r);
    g.state.with_mut(|s| *s = GenState::Running);
    g.enter_exc_state(ts);
    Some(g.frame.frame())
}

#[inline(always)]
fn for_iter_next(ts: &ThreadState, it: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = fast_iter_data(it) {
        if let Some(r) = crate::object::iter::fast_next(d) {
            return Ok(r);
        }
    }
    p::next(ts, it)
}

fn cell_get(cell: &Value) -> Value {
    cell.as_obj()
        .and_then(|o| o.downcast::<CellData>())
        .map(|c| c.0.get())
        .unwrap_or(Value::NULL)
}

#[cold]
fn unbound_local(ts: &ThreadState, code: &CodeData, i: usize) -> PyErr {
    let name = code.code.localsplusnames.get(i).map_or("?", |s| &**s);
    let e = ts.new_error(
        &types().unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    // CPython 3.11 leaves `name` None on UnboundLocalError.
    crate::builtins::exceptions::set_name_attr_none(&e);
    e
}

#[cold]
fn free_var_error(ts: &ThreadState, code: &CodeData, i: usize) -> PyErr {
    let name = code.code.localsplusnames.get(i).map_or("?", |s| &**s);
    let kind = code.code.localspluskinds.get(i).copied().unwrap_or(0);
    if kind & local_kind::FREE != 0 {
        ts.name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    } else {
        ts.new_error(
            &types().unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

#[cold]
fn name_not_defined(ts: &ThreadState, name: &ObjRef) -> PyErr {
    let n = as_str(name.as_value()).unwrap_or("?");
    let e = ts.name_error(format!("name '{n}' is not defined"));
    crate::builtins::exceptions::set_name_attr(&e, n);
    e
}

/// Reads `name` from a namespace dict by its interned str (no Python code runs).
#[inline(always)]
fn dict_get_name(dict: &Value, name: &ObjRef) -> Option<Value> {
    let d = as_dict(dict)?;
    let sd = crate::object::str::as_str_data(name.as_value())?;
    let h = sd.hash();
    d.0.with(|t| {
        match t.probe(h, |e| {
            e.key.is(name.as_value()) || as_str(&e.key) == Some(&*sd.s)
        }) {
            crate::object::table::Probe::Found(ix) => {
                t.entries[ix].as_ref().map(|e| e.value.clone())
            }
            crate::object::table::Probe::Missing => None,
        }
    })
}

fn load_global(ts: &ThreadState, frame: *mut InterpreterFrame, name: &ObjRef) -> PyResult<Value> {
    // SAFETY: frame initialised.
    let (g, b) = unsafe { (&(*frame).globals, &(*frame).builtins) };
    if let Some(v) = dict_get_name(g, name) {
        return Ok(v);
    }
    if let Some(v) = dict_get_name(b, name) {
        return Ok(v);
    }
    if as_dict(b).is_none() && !b.is_null() {
        if let Ok(v) = p::getitem(ts, b, name.as_value()) {
            return Ok(v);
        }
    }
    Err(name_not_defined(ts, name))
}

fn load_name(ts: &ThreadState, frame: *mut InterpreterFrame, name: &ObjRef) -> PyResult<Value> {
    // SAFETY: frame initialised.
    let locals = unsafe { &(*frame).locals };
    if !locals.is_null() {
        if let Some(v) = mapping_get(ts, locals, name)? {
            return Ok(v);
        }
    }
    load_global(ts, frame, name)
}

/// `mapping[name]` with KeyError meaning "absent".
fn mapping_get(ts: &ThreadState, mapping: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    if as_dict(mapping).is_some() && crate::protocol::is_exact_dict(mapping) {
        return Ok(dict_get_name(mapping, name));
    }
    match p::getitem(ts, mapping, name.as_value()) {
        Ok(v) => Ok(Some(v)),
        Err(e) if p::is_instance_of(e.value(), &types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn store_in(ts: &ThreadState, mapping: &Value, name: ObjRef, v: Value) -> PyResult<()> {
    match as_dict(mapping) {
        Some(d) if crate::protocol::is_exact_dict(mapping) => {
            p::dict_set(ts, d, name.into_value(), v)
        }
        _ => p::setitem(ts, mapping, name.as_value(), v),
    }
}

fn delete_global(ts: &ThreadState, g: &Value, name: &ObjRef) -> PyResult<()> {
    match as_dict(g) {
        Some(d) => match p::dict_del(ts, d, name.as_value())? {
            Some(_) => Ok(()),
            None => Err(name_not_defined(ts, name)),
        },
        None => p::delitem(ts, g, name.as_value()),
    }
}

/// The method form of LOAD_ATTR: `Some(function)` when `owner.name` is a plain method found on
/// the type (to be called with `owner` as self), `None` to fall back to `getattr`.
/// The attribute cache of the instruction at `unit` (None if it has none).
#[inline(always)]
fn attr_cache(code: &CodeData, unit: *const CodeUnit) -> Option<&crate::attr_cache::AttrCache> {
    // SAFETY: `unit` is a LOAD_ATTR/STORE_ATTR of this code, always followed by its cache
    // units (validated), the first of which records the slot.
    let slot = crate::object::code::cache_slot(unsafe { *unit.add(1) });
    code.attr_cache.get(slot as usize)
}

fn unpack_iterable(
    ts: &ThreadState,
    seq: &Value,
    before: usize,
    after: Option<usize>,
) -> PyResult<Vec<Value>> {
    let it = p::get_iter(ts, seq).map_err(|e| {
        if p::is_instance_of(e.value(), &types().type_error) {
            ts.type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(seq)
            ))
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    match after {
        None => {
            while let Some(x) = p::next(ts, &it)? {
                items.push(x);
                if items.len() > before {
                    return Err(
                        ts.value_error(format!("too many values to unpack (expected {before})"))
                    );
                }
            }
            if items.len() < before {
                return Err(ts.value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    before,
                    items.len()
                )));
            }
            Ok(items)
        }
        Some(after) => {
            while let Some(x) = p::next(ts, &it)? {
                items.push(x);
            }
            if items.len() < before + after {
                return Err(ts.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            items.push(new_list(middle));
            items.extend(tail);
            Ok(items)
        }
    }
}

fn call_ex(ts: &ThreadState, func: &Value, callargs: &Value, kwargs: &Value) -> PyResult<Value> {
    let mut args = match as_tuple(callargs) {
        Some(t) => t.to_vec(),
        None => p::collect(ts, callargs).map_err(|e| {
            if p::is_instance_of(e.value(), &types().type_error) {
                ts.type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    crate::builtins::function::callable_name(ts, func),
                    type_name(callargs)
                ))
            } else {
                e
            }
        })?,
    };
    let mut kwnames = Vec::new();
    if !kwargs.is_null() {
        let items = crate::builtins::dict::mapping_items(ts, kwargs)?;
        for (k, v) in items {
            if as_str(&k).is_none() {
                return Err(ts.type_error("keywords must be strings"));
            }
            kwnames.push(k);
            args.push(v);
        }
    }
    p::call(ts, func, &args, &kwnames)
}

// Keep unused-import lints quiet for items used only in some configurations.
#[allow(dead_code)]
fn _unused(_: &PyCell<Value>, _: &TypeData, _: Option<f64>) {
    let _ = as_f64;
    let _ = new_dict;
}

/// LOAD_GLOBAL's cache hit: the cached value while the globals dict (and, for a builtin,
/// the builtins dict) is still at the recorded version.
#[inline(always)]
fn load_global_hit(frame: *mut InterpreterFrame, code: &CodeData, slot: u16) -> Option<Value> {
    let entry = code.global_cache.get(slot as usize)?;
    let gv = entry.globals_version.get();
    // SAFETY: frame initialised.
    let (g, b) = unsafe { (&(*frame).globals, &(*frame).builtins) };
    if gv == 0 || exact_dict(g)?.0.with(|t| t.version) != gv {
        return None;
    }
    let bv = entry.builtins_version.get();
    if bv != 0 && exact_dict(b)?.0.with(|t| t.version) != bv {
        return None;
    }
    // SAFETY: the versions match, so the dict still holds this value (the bits are a borrowed
    // reference): clone it to get an owned one.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(entry.value.get()) });
    Some((*v).clone())
}

/// LOAD_GLOBAL's slow path: looks the name up and refills the cache (see `GlobalCache`).
#[inline(never)]
fn load_global_cached(
    ts: &ThreadState,
    frame: *mut InterpreterFrame,
    code: &CodeData,
    slot: u16,
    name: &ObjRef,
) -> PyResult<Value> {
    // SAFETY: frame initialised.
    let (g, b) = unsafe { (&(*frame).globals, &(*frame).builtins) };
    let (Some(gd), Some(entry)) = (exact_dict(g), code.global_cache.get(slot as usize)) else {
        return load_global(ts, frame, name);
    };
    let gv = gd.0.with(|t| t.version);
    if let Some(v) = dict_get_name(g, name) {
        entry.globals_version.set(gv);
        entry.builtins_version.set(0);
        entry.value.set(v.bits());
        return Ok(v);
    }
    if let Some(bd) = as_dict(b) {
        if let Some(v) = dict_get_name(b, name) {
            let bv = bd.0.with(|t| t.version);
            if bv != 0 {
                entry.globals_version.set(gv);
                entry.builtins_version.set(bv);
                entry.value.set(v.bits());
            }
            return Ok(v);
        }
    }
    load_global(ts, frame, name)
}
