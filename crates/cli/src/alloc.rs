//! The global allocator: mimalloc, called through its plain entry points whenever the
//! requested alignment is one mimalloc gives anyway (docs/design/memory.md, "Allocator").
//!
//! The VM allocates and frees an object for nearly every str, list or instance it makes, so
//! the allocator's fast path is part of the interpreter's hot path. `mi_malloc` returns
//! blocks aligned to 16 bytes (or to their size, when smaller), which covers every Rust type
//! the VM allocates; only stricter alignments take mimalloc's aligned entry points.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// Alignment every `mi_malloc` block of at least this size has.
const MIN_ALIGN: usize = 16;

/// Whether `mi_malloc` already satisfies `layout`'s alignment.
#[inline(always)]
fn plain(layout: &Layout) -> bool {
    layout.align() <= MIN_ALIGN && layout.align() <= layout.size()
}

/// mimalloc as Rust's global allocator.
pub struct MiMalloc;

// SAFETY: every method forwards to mimalloc with a size and alignment that satisfy `layout`
// (plain calls only when mimalloc's default alignment covers it), and frees through
// `mi_free`, which accepts blocks from every mimalloc allocation function.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline(always)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl's comment.
        unsafe {
            if plain(&layout) {
                mi_malloc(layout.size()) as *mut u8
            } else {
                mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline(always)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl's comment.
        unsafe {
            if plain(&layout) {
                mi_zalloc(layout.size()) as *mut u8
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline(always)]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi_free(ptr as *mut c_void) }
    }

    #[inline(always)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`; the new block keeps its
        // alignment (plain only when the alignment is no stricter than mimalloc's default
        // for the new size too).
        unsafe {
            if layout.align() <= MIN_ALIGN && layout.align() <= new_size {
                mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
