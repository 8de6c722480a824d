//! Ferrum's bytecode: the instruction table, code units, compile-time code objects, CPython's
//! exception-table and location-table encodings, and the disassembler.
//!
//! Nothing here depends on the compiler or the VM. See docs/design/bytecode.md.

pub mod code;
pub mod dis;
pub mod exception_table;
pub mod instructions;
pub mod line_table;

pub use code::{CodeObject, CodeUnit, Constant};
pub use instructions::{ArgKind, Opcode, HAVE_ARGUMENT};
