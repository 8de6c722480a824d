//! `from __future__ import ...` statements: which features a module turns on.
//!
//! Future imports must come first in a module (after an optional docstring and other future
//! imports). This pass finds that leading run, rejects unknown features (`future feature
//! spam is not defined`, and `not a chance` for `braces`) and returns the `co_flags` bits
//! they select. Only `annotations` (PEP 563) changes code generation; the others are accepted
//! and have no effect in Python 3.11. A future import after the leading run is rejected
//! later, by code generation, using [`Features::lineno`]. See docs/design/compiler.md.

use ferrum_bytecode::code::flags as co;

use crate::ast::*;
use crate::CompileError;

/// `co_flags` bits of the future features (`CO_FUTURE_DIVISION` .. `CO_FUTURE_ANNOTATIONS`);
/// flags passed to `compile()` in this range are copied onto every code object.
pub const FUTURE_MASK: u32 = 0x01fe_0000;

/// `CO_FUTURE_BARRY_AS_BDFL`: the one flag besides `annotations` a future import sets.
const FUTURE_BARRY: u32 = 0x0040_0000;

/// Features that exist and are mandatory in 3.11 (they set no flag).
const ACCEPTED: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// The future features of a compilation unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// `co_flags` bits to set on every code object ([`co::FUTURE_ANNOTATIONS`]).
    pub flags: u32,
    /// Line of the last valid future import (0 if none): later ones are misplaced.
    pub lineno: u32,
}

impl Features {
    /// Whether annotations are stored as strings.
    pub fn annotations(&self) -> bool {
        self.flags & co::FUTURE_ANNOTATIONS != 0
    }
}

fn is_future_import(s: &Stmt) -> Option<&[Alias]> {
    match &s.kind {
        StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } if m == "__future__" => Some(names),
        _ => None,
    }
}

/// Scans the leading future imports of a module; `inherited` are flags passed in by
/// `compile(flags=...)` or inherited from the calling code.
pub fn features(m: &Mod, filename: &str, inherited: u32) -> Result<Features, CompileError> {
    let mut f = Features {
        flags: inherited & FUTURE_MASK,
        lineno: 0,
    };
    let body = match m {
        Mod::Module(b) | Mod::Interactive(b) => b,
        Mod::Expression(_) => return Ok(f),
    };
    // After the first other statement, a future import on that statement's line is still
    // reported here (at the raw column, as CPython's future pass does); later lines are left
    // to code generation.
    let mut done = false;
    let mut prev_line = 0;
    for (i, s) in body.iter().enumerate() {
        if done && s.loc.lineno > prev_line {
            break;
        }
        prev_line = s.loc.lineno;
        if i == 0 && crate::codegen::docstring(s).is_some() {
            continue;
        }
        let Some(names) = is_future_import(s) else {
            done = true;
            continue;
        };
        if done {
            let mut e = feature_error(
                "from __future__ imports must occur at the beginning of the file",
                filename,
                s.loc,
            );
            e.offset = s.loc.col_offset.max(1);
            return Err(e);
        }
        for a in names {
            match a.name.as_str() {
                "annotations" => f.flags |= co::FUTURE_ANNOTATIONS,
                "barry_as_FLUFL" => f.flags |= FUTURE_BARRY,
                "braces" => return Err(feature_error("not a chance", filename, s.loc)),
                n if ACCEPTED.contains(&n) => {}
                n => {
                    return Err(feature_error(
                        format!("future feature {n} is not defined"),
                        filename,
                        s.loc,
                    ))
                }
            }
        }
        f.lineno = s.loc.lineno;
    }
    Ok(f)
}

/// An error of this pass: CPython gives it a start position only (`end_offset` is None).
fn feature_error(msg: impl Into<String>, filename: &str, loc: Loc) -> CompileError {
    let mut e = CompileError::at(msg, filename, loc);
    e.end_lineno = loc.lineno;
    e.end_offset = 0;
    e
}
