//! Frame objects (`sys._getframe()`, `tb_frame`, `gi_frame`, `f_back`): made on first request
//! for an interpreter frame and cached in it (`InterpreterFrame::frame_obj`). While the frame
//! runs the object is a view of it (`f_lineno`, `f_lasti`, `f_locals` and `f_back` read the
//! live frame); when the frame finishes, [`detach`] copies its last state into the object
//! (CPython's `take_ownership`). See docs/design/frames-and-calls.md, "Frame objects".

use std::cell::Cell;

use ferrum_bytecode::code::{flags, local_kind};

use crate::builtins::classes::payload;
use crate::builtins::traceback::line_of;
use crate::frame::{FrameOwner, InterpreterFrame};
use crate::generator::GenState;
use crate::object::containers::{new_dict, DictData};
use crate::object::function::CellData;
use crate::object::misc::FrameData;
use crate::object::{alloc, PyCell};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::types;
use crate::value::Value;
use crate::PyResult;

/// The frame object of an interpreter frame (made on first request, then cached).
///
/// # Safety
/// `frame` must be initialised and not an entry frame.
pub unsafe fn frame_object(frame: *mut InterpreterFrame) -> Value {
    // SAFETY: forwarded.
    unsafe {
        if !(*frame).frame_obj.is_null() {
            return (*frame).frame_obj.clone();
        }
        let fo = alloc(
            &types().frame,
            FrameData {
                frame: Cell::new(frame),
                code: (*frame).code_obj.clone(),
                globals: (*frame).globals.clone(),
                // Module and class bodies: their namespace; functions: made by `f_locals`.
                locals: PyCell::new((*frame).locals.clone()),
                lineno: Cell::new(None),
                lasti: Cell::new(0),
                back: PyCell::new(Value::NONE),
            },
        )
        .into_value();
        (*frame).frame_obj = fo.clone();
        fo
    }
}

/// Whether the frame's code keeps its locals in fast slots (a function body).
fn is_optimized(fd: &FrameData) -> bool {
    fd.code
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::function::CodeData>())
        .is_some_and(|c| c.code.flags & flags::OPTIMIZED != 0)
}

/// The frame that called `frame`, skipping entry frames; NULL for the outermost frame and
/// for generator frames that are not running (their `previous` link is stale then).
///
/// # Safety
/// `frame` must be initialised.
unsafe fn caller(frame: *mut InterpreterFrame) -> *mut InterpreterFrame {
    // SAFETY: forwarded; the frame chain links initialised frames.
    unsafe {
        if (*frame).owner == FrameOwner::Generator {
            let g = (*frame).generator;
            if g.is_null() || (*g).state.get() != GenState::Running {
                return std::ptr::null_mut();
            }
        }
        let mut f = (*frame).previous;
        while !f.is_null() && (*f).owner == FrameOwner::Entry {
            f = (*f).previous;
        }
        f
    }
}

/// Copies the fast locals (cells dereferenced) of a running frame into `dict`: bound names
/// are set, unbound ones removed (CPython's `PyFrame_FastToLocals`).
///
/// # Safety
/// `frame` must be initialised.
unsafe fn fast_to_locals(
    ts: &ThreadState,
    frame: *mut InterpreterFrame,
    dict: &Value,
) -> PyResult<()> {
    let Some(d) = dict.as_obj().and_then(|o| o.downcast::<DictData>()) else {
        return Ok(());
    };
    // SAFETY: forwarded; the frame's code describes its localsplus slots.
    unsafe {
        let code = InterpreterFrame::code(frame);
        let lp = InterpreterFrame::localsplus(frame);
        for (i, name) in code.localsplusnames.iter().enumerate() {
            let kind = code.code.localspluskinds.get(i).copied().unwrap_or(0);
            let mut v = (*lp.add(i)).clone();
            if kind & (local_kind::CELL | local_kind::FREE) != 0 {
                if let Some(c) = v.as_obj().and_then(|o| o.downcast::<CellData>()) {
                    v = c.0.get();
                }
            }
            if v.is_null() {
                p::dict_del(ts, d, name.as_value())?;
            } else {
                p::dict_set(ts, d, name.clone().into_value(), v)?;
            }
        }
    }
    Ok(())
}

/// `frame.f_locals` (and `locals()` in a function): the frame's namespace, or for a function
/// frame one dict kept in the frame object and refreshed from the fast locals on each call.
pub fn f_locals(ts: &ThreadState, fo: &Value) -> PyResult<Value> {
    let fd = payload::<FrameData>(fo);
    let l = fd.locals.get();
    if !is_optimized(fd) {
        return Ok(if l.is_null() {
            new_dict().into_value()
        } else {
            l
        });
    }
    let d = if l.is_null() {
        let d = new_dict().into_value();
        drop(fd.locals.replace(d.clone()));
        d
    } else {
        l
    };
    let frame = fd.frame.get();
    if !frame.is_null() {
        // SAFETY: a frame object's frame pointer is live until `detach` clears it.
        unsafe { fast_to_locals(ts, frame, &d)? };
    }
    Ok(d)
}

/// Takes a finishing frame's last state into its frame object and unlinks them (called by
/// `InterpreterFrame::clear` before the slots are released).
///
/// # Safety
/// `frame` must be initialised, with a frame object.
#[cold]
#[inline(never)]
pub unsafe fn detach(frame: *mut InterpreterFrame) {
    // SAFETY: forwarded.
    unsafe {
        let fo = (*frame).frame_obj.clone();
        if let Some(fd) = fo.as_obj().and_then(|o| o.downcast::<FrameData>()) {
            let lasti = InterpreterFrame::lasti(frame);
            fd.lasti.set(lasti * 2);
            fd.lineno.set(line_of(InterpreterFrame::code(frame), lasti));
            if is_optimized(fd) {
                crate::thread_state::with_current(|ts| {
                    // Only str keys are set and removed: this cannot fail in practice, and a
                    // finishing frame has nowhere to report an error.
                    let _ = f_locals(ts, &fo);
                });
            }
            let back = caller(frame);
            if !back.is_null() {
                drop(fd.back.replace(frame_object(back)));
            }
            fd.frame.set(std::ptr::null_mut());
        }
        drop((*frame).frame_obj.take());
        drop(fo);
    }
}

fn live(fd: &FrameData) -> Option<*mut InterpreterFrame> {
    let f = fd.frame.get();
    (!f.is_null()).then_some(f)
}

fn lasti(fd: &FrameData) -> u32 {
    match live(fd) {
        // SAFETY: the frame pointer is live until `detach` clears it.
        Some(f) => unsafe { InterpreterFrame::lasti(f) * 2 },
        None => fd.lasti.get(),
    }
}

fn lineno(fd: &FrameData) -> Option<u32> {
    match live(fd) {
        // SAFETY: as above.
        Some(f) => unsafe { line_of(InterpreterFrame::code(f), InterpreterFrame::lasti(f)) },
        None => fd.lineno.get(),
    }
}

/// Installs the frame type's attributes.
pub fn init() {
    let t = types();
    crate::types::add_getsets(
        &t.frame,
        &[
            (
                "f_code",
                |_, v| Ok(payload::<FrameData>(v).code.clone()),
                None,
            ),
            (
                "f_globals",
                |_, v| Ok(payload::<FrameData>(v).globals.clone()),
                None,
            ),
            ("f_locals", |ts, v| f_locals(ts, v), None),
            (
                "f_lineno",
                |_, v| {
                    Ok(lineno(payload::<FrameData>(v))
                        .map_or(Value::NONE, |l| Value::small_int(i64::from(l))))
                },
                None,
            ),
            (
                "f_lasti",
                |_, v| Ok(Value::small_int(i64::from(lasti(payload::<FrameData>(v))))),
                None,
            ),
            (
                "f_back",
                |_, v| {
                    let fd = payload::<FrameData>(v);
                    Ok(match live(fd) {
                        // SAFETY: the frame pointer is live until `detach` clears it.
                        Some(f) => unsafe {
                            let b = caller(f);
                            if b.is_null() {
                                Value::NONE
                            } else {
                                frame_object(b)
                            }
                        },
                        None => fd.back.get(),
                    })
                },
                None,
            ),
            (
                "f_builtins",
                |ts, _| Ok(ts.interp.builtins.clone().into_value()),
                None,
            ),
            ("f_trace", |_, _| Ok(Value::NONE), Some(|_, _, _| Ok(()))),
            (
                "f_trace_lines",
                |_, _| Ok(Value::TRUE),
                Some(|_, _, _| Ok(())),
            ),
            (
                "f_trace_opcodes",
                |_, _| Ok(Value::FALSE),
                Some(|_, _, _| Ok(())),
            ),
        ],
    );
    crate::types::add_methods(
        &t.frame,
        &[("clear", |ts, a, _| {
            let fd = payload::<FrameData>(&a[0]);
            if live(fd).is_some() {
                return Err(ts.runtime_error("cannot clear an executing frame"));
            }
            drop(fd.locals.replace(Value::NULL));
            Ok(Value::NONE)
        })],
    );
    crate::builtins::classes::set_slots(&t.frame, |s| {
        s.repr = Some(|_, v| {
            let fd = payload::<FrameData>(v);
            let (file, name) = fd
                .code
                .as_obj()
                .and_then(|o| o.downcast::<crate::object::function::CodeData>())
                .map(|c| (c.code.filename.to_string(), c.code.name.to_string()))
                .unwrap_or_default();
            let line = lineno(fd).map_or_else(|| "None".to_string(), |l| l.to_string());
            Ok(crate::object::str::new_str(format!(
                "<frame at {:#x}, file '{file}', line {line}, code {name}>",
                v.as_obj().map_or(0, |o| o.as_ptr() as usize)
            )))
        });
    });
}
