//! Ferrum's compiler: Python 3.11 source to [`ferrum_bytecode::CodeObject`]s in CPython 3.13's
//! bytecode shapes.
//!
//! Pipeline: [`syntax`] (parse with ruff, convert to our [`ast`]) -> [`fold`] (constant
//! folding) -> [`symtable`] (scopes) -> [`codegen`] (pseudo-instructions) -> [`flowgraph`]
//! (basic blocks, dead code, superinstructions) -> [`assemble`] (offsets, stack depth,
//! exception and location tables). See docs/design/compiler.md.

pub mod anchors;
pub mod assemble;
pub mod ast;
pub mod codegen;
pub mod display;
pub mod flowgraph;
pub mod fold;
mod fstring_check;
pub mod future;
mod numscan;
pub mod symtable;
pub mod syntax;
pub mod unparse;

use std::sync::Arc;

use ferrum_bytecode::CodeObject;

/// What the source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`).
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement (`single`): expression values are printed.
    Single,
}

/// Compiler options.
#[derive(Clone, Debug, Default)]
pub struct CompileOptions {
    /// `-O` level: 1 drops asserts and makes `__debug__` False, 2 also drops docstrings.
    pub optimize: u8,
    /// Future-feature `co_flags` bits in effect before the source's own future imports
    /// (`compile(flags=...)` or inherited from the calling code). Bits in
    /// [`future::FUTURE_MASK`] are copied to every code object; only
    /// [`ferrum_bytecode::code::flags::FUTURE_ANNOTATIONS`] changes code generation.
    pub flags: u32,
}

/// A warning raised while compiling (CPython's compiler calls `warnings.warn_explicit`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// The warning category's name (`SyntaxWarning`).
    pub category: &'static str,
    /// The message.
    pub msg: String,
    /// The file name.
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
}

/// A successful compilation: the code object and the warnings emitted on the way.
#[derive(Clone, Debug)]
pub struct Compiled {
    /// The module (or expression) code object.
    pub code: Arc<CodeObject>,
    /// Compile-time warnings, in source order.
    pub warnings: Vec<CompileWarning>,
}

/// Which exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError`.
    IndentationError,
    /// `TabError`.
    TabError,
    /// `RecursionError` ("maximum recursion depth exceeded during compilation").
    RecursionError,
}

/// A compile error with `SyntaxError`'s attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The exception type.
    pub kind: CompileErrorKind,
    /// The message.
    pub msg: String,
    /// The file name.
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters (`SyntaxError.offset`).
    pub offset: u32,
    /// 1-based end line.
    pub end_lineno: u32,
    /// 1-based end column in characters.
    pub end_offset: u32,
    /// The source line including its newline (`SyntaxError.text`).
    pub text: Option<String>,
}

impl CompileError {
    /// The error for nesting too deep to compile.
    pub fn recursion(filename: &str) -> CompileError {
        CompileError {
            kind: CompileErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            filename: filename.into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        }
    }

    /// A SyntaxError at an AST location (columns are converted to 1-based).
    pub fn at(msg: impl Into<String>, filename: &str, loc: ast::Loc) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: msg.into(),
            filename: filename.into(),
            lineno: loc.lineno,
            offset: loc.col_offset + 1,
            end_lineno: loc.end_lineno,
            end_offset: loc.end_col_offset + 1,
            text: None,
        }
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
        };
        write!(
            f,
            "{kind}: {} ({}, line {})",
            self.msg, self.filename, self.lineno
        )
    }
}

impl std::error::Error for CompileError {}

/// Compiles `source` to a code object (dropping compile-time warnings).
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    opts: &CompileOptions,
) -> Result<Arc<CodeObject>, CompileError> {
    compile_with_warnings(source, filename, mode, opts).map(|c| c.code)
}

/// Compiles `source` to a code object, also returning the compile-time warnings.
pub fn compile_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
    opts: &CompileOptions,
) -> Result<Compiled, CompileError> {
    let (mut module, tokenizer_warnings) = syntax::parse_with_warnings(source, filename, mode)?;
    let future =
        future::features(&module, filename, opts.flags).map_err(|e| with_text(e, source))?;
    fold::fold_module(&mut module, opts.optimize, future.annotations())
        .map_err(|_| CompileError::recursion(filename))?;
    let table = symtable::build(&module, filename, future.annotations())
        .map_err(|e| with_text(e, source))?;
    let mut compiled =
        codegen::compile_module(&module, &table, filename, source, mode, opts, future)
            .map_err(|e| with_text(e, source))?;
    if !tokenizer_warnings.is_empty() {
        compiled.warnings.splice(0..0, tokenizer_warnings);
    }
    Ok(compiled)
}

/// Fills in `text` from the source when an error has a line but no text (and converts its
/// columns to characters).
fn with_text(mut e: CompileError, source: &str) -> CompileError {
    if e.text.is_none() && e.lineno > 0 {
        let idx = syntax::LineIndex::new(source);
        let _ = &idx;
        if let Some(line) = source.lines().nth(e.lineno as usize - 1) {
            // Convert the byte column to characters.
            let col = (e.offset.saturating_sub(1)) as usize;
            let chars = line
                .get(..col.min(line.len()))
                .map_or(col, |s| s.chars().count());
            e.offset = chars as u32 + 1;
            if e.end_lineno == e.lineno && e.end_offset > 0 {
                let ecol = (e.end_offset.saturating_sub(1)) as usize;
                let echars = line
                    .get(..ecol.min(line.len()))
                    .map_or(ecol, |s| s.chars().count());
                e.end_offset = echars as u32 + 1;
            }
            // CPython reads the line back from the file named in the error (compile-time
            // errors carry no text of their own): pseudo-files such as `<string>` have none.
            if !e.filename.starts_with('<') {
                e.text = Some(format!("{line}\n"));
            }
        }
    }
    e
}

pub use anchors::caret_anchors;
