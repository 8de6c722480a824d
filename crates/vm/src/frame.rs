//! Interpreter frames and the per-thread data stack they live on.
//!
//! A frame is a fixed header ([`InterpreterFrame`]) followed by `localsplus`: the fast locals,
//! cell and free variable slots, then the value stack, all `Value`s. Frames of ordinary calls
//! are bump-allocated in chunks owned by the thread state ([`DataStack`]); a generator's frame
//! lives inside the generator object; an entry frame lives on the Rust stack of whoever entered
//! the eval loop. `previous` links the chain. See docs/design/frames-and-calls.md.

use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

use crate::object::function::CodeData;
use crate::value::Value;
use ferrum_bytecode::CodeUnit;

/// Who owns a frame's memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum FrameOwner {
    /// The thread's data stack (popped on return).
    Thread = 0,
    /// A generator or coroutine object.
    Generator = 1,
    /// The Rust stack of an eval-loop entry (the shim frame).
    Entry = 2,
}

/// The fixed part of a frame (CPython's `_PyInterpreterFrame`).
#[repr(C)]
pub struct InterpreterFrame {
    /// The code object being run (owned reference).
    pub code_obj: Value,
    /// The code payload (borrowed from `code_obj`).
    pub code: *const CodeData,
    /// The function (owned reference; NULL for module code and entry frames).
    pub func: Value,
    /// The globals dict: borrowed from `func` when the frame has a function (as in CPython),
    /// owned otherwise (see `borrowed_namespaces`).
    pub globals: Value,
    /// The builtins dict, borrowed or owned like `globals`.
    pub builtins: Value,
    /// `globals`/`builtins` are borrowed from the function and must not be released.
    pub borrowed_namespaces: bool,
    /// The locals mapping for module and class bodies (owned; NULL in function frames).
    pub locals: Value,
    /// The calling frame.
    pub previous: *mut InterpreterFrame,
    /// The next instruction to run when this frame is resumed.
    pub instr_ptr: *const CodeUnit,
    /// Offset of the instruction that is running / last ran (for tracebacks), in code units.
    pub prev_instr: *const CodeUnit,
    /// Top of the value stack.
    pub stack_pointer: *mut Value,
    /// The frame object made for this frame, if any (owned, or NULL).
    pub frame_obj: Value,
    /// Owner of the memory.
    pub owner: FrameOwner,
    /// Set by YIELD_VALUE, cleared by RETURN_VALUE (how a generator's caller tells them apart).
    pub yielded: bool,
    /// Number of localsplus + stack slots after the header.
    pub size: u32,
    /// Code units to skip when a generator frame called inline from this frame (by
    /// FOR_ITER) returns instead of yielding; 0 otherwise (CPython's `return_offset`).
    pub return_offset: u32,
    /// The generator that owns this frame (NULL for other owners).
    pub generator: *const crate::generator::GenData,
}

/// Number of `Value` words in the frame header.
pub const HEADER_WORDS: usize = size_of::<InterpreterFrame>().div_ceil(8);

impl InterpreterFrame {
    /// Pointer to `localsplus[0]`.
    ///
    /// # Safety
    /// `this` must point at a frame header followed by its slots.
    #[inline(always)]
    pub unsafe fn localsplus(this: *mut InterpreterFrame) -> *mut Value {
        // SAFETY: the slots follow the header in the same allocation.
        unsafe { (this as *mut u64).add(HEADER_WORDS) as *mut Value }
    }

    /// Initialises a frame header in place and sets the local slots from `filled` on to NULL
    /// (the caller has already moved values into the first `filled`, as CALL's fast path
    /// does with the arguments). `stack_pointer` starts at the bottom of the value stack.
    ///
    /// # Safety
    /// `this` must point at `HEADER_WORDS + size` writable words whose first `filled` slots
    /// hold values.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn init(
        this: *mut InterpreterFrame,
        code_obj: Value,
        code: *const CodeData,
        func: Value,
        globals: Value,
        builtins: Value,
        locals: Value,
        size: usize,
        owner: FrameOwner,
        nlocalsplus: usize,
        first_instr: *const CodeUnit,
        filled: usize,
    ) {
        // SAFETY: the caller provides room for the header and `size` slots.
        unsafe {
            let lp = Self::localsplus(this);
            for i in filled..nlocalsplus.min(size) {
                ptr::write(lp.add(i), Value::NULL);
            }
            ptr::write(
                this,
                InterpreterFrame {
                    code_obj,
                    code,
                    func,
                    globals,
                    builtins,
                    locals,
                    previous: ptr::null_mut(),
                    borrowed_namespaces: false,
                    instr_ptr: first_instr,
                    prev_instr: first_instr,
                    stack_pointer: lp.add(nlocalsplus),
                    frame_obj: Value::NULL,
                    owner,
                    yielded: false,
                    size: size as u32,
                    return_offset: 0,
                    generator: ptr::null(),
                },
            );
        }
    }

    /// Drops every live slot (locals and stack) and the header's references, leaving the
    /// memory ready to be released.
    ///
    /// # Safety
    /// `this` must be an initialised frame whose stack pointer is accurate.
    #[inline(always)]
    pub unsafe fn clear(this: *mut InterpreterFrame) {
        // SAFETY: the frame is initialised; slots below the stack pointer are live values and
        // slots above it are NULL or already moved out. Each value is taken out of its slot
        // before it is dropped, so a finalizer that runs meanwhile never sees it twice.
        unsafe {
            if !(*this).frame_obj.is_null() {
                crate::builtins::frameobject::detach(this);
            }
            let lp = Self::localsplus(this);
            let mut top = (*this).stack_pointer;
            while top > lp {
                top = top.sub(1);
                (*this).stack_pointer = top;
                let v = ptr::replace(top, Value::NULL);
                drop(v);
            }
            let f = &mut *this;
            if !(f.borrowed_namespaces && f.locals.is_null()) {
                // A plain function frame has nothing to do here: its globals and builtins are
                // borrowed from the function, and the bits stay behind (still marked
                // borrowed, so a second `clear` leaves them alone too).
                Self::clear_namespaces(this);
            }
            drop(f.func.take());
            drop(f.code_obj.take());
        }
    }

    /// The rarer part of [`InterpreterFrame::clear`]: the frame object, the locals mapping
    /// and owned namespaces.
    ///
    /// # Safety
    /// As for `clear`.
    #[inline(never)]
    unsafe fn clear_namespaces(this: *mut InterpreterFrame) {
        // SAFETY: forwarded from `clear`.
        let f = unsafe { &mut *this };
        drop(f.frame_obj.take());
        drop(f.locals.take());
        if f.borrowed_namespaces {
            let _ = f.globals.take().into_bits();
            let _ = f.builtins.take().into_bits();
            f.borrowed_namespaces = false;
        } else {
            drop(f.globals.take());
            drop(f.builtins.take());
        }
    }

    /// The code payload.
    ///
    /// # Safety
    /// The frame must be initialised.
    #[inline(always)]
    pub unsafe fn code<'a>(this: *const InterpreterFrame) -> &'a CodeData {
        // SAFETY: `code` is borrowed from `code_obj`, which the frame owns.
        unsafe { &*(*this).code }
    }

    /// Offset in code units of the last started instruction.
    ///
    /// # Safety
    /// The frame must be initialised.
    pub unsafe fn lasti(this: *const InterpreterFrame) -> u32 {
        // SAFETY: `prev_instr` points into the code's instruction array.
        unsafe {
            let base = Self::code(this).first_instr();
            (*this).prev_instr.offset_from(base).max(0) as u32
        }
    }
}

const CHUNK_WORDS: usize = 1 << 16;

struct Chunk {
    base: *mut u64,
    words: usize,
    /// Where `top` was when the next chunk was entered.
    saved_top: *mut u64,
}

/// The per-thread stack of frame memory: a list of chunks; pushing a frame bumps a pointer.
pub struct DataStack {
    chunks: Vec<Chunk>,
    /// Index of the chunk in use.
    current: usize,
    /// The current chunk's first word (a frame starting here is the chunk's first).
    base: *mut u64,
    /// Next free word in the current chunk.
    top: *mut u64,
    limit: *mut u64,
}

impl DataStack {
    /// An empty data stack (the first chunk is allocated on first use).
    pub fn new() -> DataStack {
        DataStack {
            chunks: Vec::new(),
            current: 0,
            base: ptr::null_mut(),
            top: ptr::null_mut(),
            limit: ptr::null_mut(),
        }
    }

    /// Reserves `words` words; returns the start. Never fails short of OOM.
    #[inline(always)]
    pub fn push(&mut self, words: usize) -> *mut u64 {
        // `top` and `limit` are in the same chunk, or both null before the first push (then
        // there is no room and the slow path allocates the first chunk).
        let room = (self.limit as usize).wrapping_sub(self.top as usize) / 8;
        if room < words {
            return self.push_slow(words);
        }
        let p = self.top;
        // SAFETY: there is room for `words` more words in this chunk.
        self.top = unsafe { p.add(words) };
        p
    }

    #[cold]
    fn push_slow(&mut self, words: usize) -> *mut u64 {
        let next = if self.top.is_null() {
            0
        } else {
            self.current + 1
        };
        if !self.top.is_null() {
            self.chunks[self.current].saved_top = self.top;
        }
        // Reuse a cached chunk if big enough, else allocate one.
        while self.chunks.len() > next && self.chunks[next].words < words {
            let c = self.chunks.remove(next);
            // SAFETY: allocated below with this layout.
            unsafe {
                dealloc(
                    c.base as *mut u8,
                    Layout::array::<u64>(c.words).unwrap_or(Layout::new::<u64>()),
                )
            };
        }
        if self.chunks.len() <= next {
            let n = CHUNK_WORDS.max(words);
            let layout = Layout::array::<u64>(n).unwrap_or(Layout::new::<u64>());
            // SAFETY: non-zero size layout.
            let base = unsafe { alloc(layout) } as *mut u64;
            if base.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            self.chunks.insert(
                next,
                Chunk {
                    base,
                    words: n,
                    saved_top: base,
                },
            );
        }
        self.current = next;
        let c = &self.chunks[next];
        self.top = c.base;
        self.base = c.base;
        // SAFETY: `base + words` is within the chunk.
        self.limit = unsafe { c.base.add(c.words) };
        let p = self.top;
        // SAFETY: the chunk has at least `words` words.
        self.top = unsafe { p.add(words) };
        p
    }

    /// Releases the most recent reservation starting at `start`.
    #[inline(always)]
    pub fn pop(&mut self, start: *mut u64) {
        if start == self.base {
            self.pop_chunk();
            return;
        }
        self.top = start;
    }

    /// Pops the first frame of the current chunk: the previous chunk becomes current.
    #[cold]
    fn pop_chunk(&mut self) {
        if self.current == 0 {
            self.top = self.base;
            return;
        }
        self.current -= 1;
        if let Some(prev) = self.chunks.get(self.current) {
            self.top = prev.saved_top;
            self.base = prev.base;
            // SAFETY: one past the end of the previous chunk's allocation.
            self.limit = unsafe { prev.base.add(prev.words) };
        }
    }
}

impl Drop for DataStack {
    fn drop(&mut self) {
        for c in self.chunks.drain(..) {
            // SAFETY: allocated in `push_slow` with this layout.
            unsafe {
                dealloc(
                    c.base as *mut u8,
                    Layout::array::<u64>(c.words).unwrap_or(Layout::new::<u64>()),
                )
            };
        }
    }
}

/// A heap-owned frame (generators): header and slots in one boxed allocation.
pub struct OwnedFrame {
    words: Box<[u64]>,
}

impl OwnedFrame {
    /// Allocates room for a frame with `size` slots.
    pub fn new(size: usize) -> OwnedFrame {
        OwnedFrame {
            words: vec![0u64; HEADER_WORDS + size].into_boxed_slice(),
        }
    }

    /// The frame.
    pub fn frame(&self) -> *mut InterpreterFrame {
        self.words.as_ptr() as *mut InterpreterFrame
    }
}
