//! Structural pattern matching opcodes (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
//! MATCH_CLASS). Full support comes with the `match` statement (a later issue); until then the
//! opcodes raise instead of misbehaving. See docs/design/compiler.md.

use ferrum_bytecode::Opcode;

use crate::thread_state::ThreadState;
use crate::PyResult;

/// Runs one pattern-matching opcode on the value stack.
pub fn match_op(ts: &ThreadState, op: Opcode, _oparg: u32) -> PyResult<()> {
    Err(ts.not_implemented_error(format!("{} is not supported yet", op.name())))
}
