//! Code generation: AST plus symbol table to pseudo-instructions, one unit per code object.
//!
//! `mod.rs` holds the compiler state (a stack of units, each with its instruction stream,
//! constant/name/local tables, exception-handler stack and frame-block stack used to unwind
//! `break`/`continue`/`return` through `try`/`with`), name resolution to opcodes, and unit
//! finishing (running the flow-graph passes and the assembler). Statements live in `stmt.rs`,
//! expressions in `expr.rs`, and nested code objects (functions, lambdas, classes,
//! comprehensions) in `function.rs`. Shapes follow CPython 3.13; see docs/design/compiler.md.

mod expr;
mod function;
mod lint;
mod pattern;
mod pattern_check;
mod stmt;

use std::sync::Arc;

use ferrum_bytecode::code::flags as co;
use ferrum_bytecode::instructions::{intrinsic1, resume};
use ferrum_bytecode::line_table::Location;
use ferrum_bytecode::{CodeObject, Constant, Opcode};

use crate::assemble::{self, UnitInfo};
use crate::ast::*;
use crate::flowgraph::{self, ArgRef, Handler, Instr, Label, Op, SetupKind};
use crate::future::Features;
use crate::symtable::{mangle, NameScope, ScopeKind, SymbolTable};
use crate::{CompileError, CompileOptions, CompileWarning, Compiled, Mode};

type R<T = ()> = Result<T, CompileError>;

/// Maximum nesting the code generator recurses through.
const MAX_DEPTH: u32 = crate::syntax::MAX_AST_DEPTH + 200;

/// A frame block: something `break`/`continue`/`return` must unwind through.
#[derive(Clone)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    TryExcept {
        outer: usize,
    },
    FinallyTry {
        outer: usize,
        body: &'a [Stmt],
    },
    FinallyEnd {
        outer: usize,
    },
    With {
        outer: usize,
        loc: Location,
        is_async: bool,
    },
    HandlerCleanup {
        outer: usize,
        name: Option<String>,
    },
    PopValue,
    ExceptionHandler,
    /// The `except*` clauses of a `try`: `break`, `continue` and `return` may not leave it.
    ExceptionGroupHandler,
}

/// Per code object state.
struct Unit<'a> {
    scope: usize,
    instrs: Vec<Instr>,
    consts: Vec<Constant>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    handlers: Vec<Handler>,
    handler_stack: Vec<u32>,
    fblocks: Vec<FBlock<'a>>,
    next_label: u32,
    loc: Location,
    name: String,
    qualname: String,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    nparams: usize,
    private: Option<String>,
}

/// The compiler.
struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: &'a str,
    opts: &'a CompileOptions,
    units: Vec<Unit<'a>>,
    interactive: bool,
    depth: u32,
    /// The unit's future features (`from __future__ import ...` and inherited flags).
    future: Features,
    /// Compile-time warnings so far.
    warnings: Vec<CompileWarning>,
    /// Line starts of the source, kept when annotations are unparsed (to spot `u'...'`).
    lines: Option<crate::syntax::LineIndex<'a>>,
}

/// Compiles a module (any mode) to its code object.
pub fn compile_module(
    m: &Mod,
    table: &SymbolTable,
    filename: &str,
    source: &str,
    mode: Mode,
    opts: &CompileOptions,
    future: Features,
) -> Result<Compiled, CompileError> {
    let mut c = Compiler {
        table,
        filename,
        opts,
        units: Vec::new(),
        interactive: mode == Mode::Single,
        depth: 0,
        future,
        warnings: Vec::new(),
        lines: future
            .annotations()
            .then(|| crate::syntax::LineIndex::new(source)),
    };
    c.enter_unit(0, "<module>", "<module>", 1);
    c.unit().loc = Location::new(0, 0, 0, 0);
    c.emit_raw(Opcode::Resume, resume::START);
    match m {
        Mod::Module(body) => {
            c.body_with_docstring(body, true)?;
            c.unit().loc = Location::default();
            c.emit_const_return(Constant::None);
        }
        Mod::Interactive(body) => {
            if stmt::find_ann(body) {
                c.emit(Opcode::SetupAnnotations);
            }
            c.stmts(body)?;
            c.unit().loc = Location::default();
            c.emit_const_return(Constant::None);
        }
        Mod::Expression(e) => {
            c.expr(e)?;
            c.emit(Opcode::ReturnValue);
        }
    }
    let code = c.finish_unit()?;
    Ok(Compiled {
        code: Arc::new(code),
        warnings: c.warnings,
    })
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn scope(&self) -> &'a crate::symtable::Scope {
        &self.table.scopes[self.unit_ref().scope]
    }

    fn err(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError::at(msg, self.filename, loc)
    }

    /// An annotation's source text for `from __future__ import annotations` (a str literal
    /// written with a lowercase `u` prefix keeps it, as in CPython).
    fn unparse_annotation(&self, e: &Expr) -> String {
        let lines = self.lines.as_ref();
        let u_prefix = |loc: Loc| {
            lines.is_some_and(|l| l.text_at_starts_with(loc.lineno, loc.col_offset, &['u']))
        };
        crate::unparse::annotation_with(e, &u_prefix)
    }

    /// Records a `SyntaxWarning` at a location.
    fn syntax_warning(&mut self, msg: impl Into<String>, loc: Loc) {
        self.warnings.push(CompileWarning {
            category: "SyntaxWarning",
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno: loc.lineno,
        });
    }

    fn enter_depth(&mut self) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::recursion(self.filename));
        }
        Ok(())
    }

    fn enter_unit(&mut self, scope: usize, name: &str, qualname: &str, firstlineno: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames: Vec<String> = Vec::new();
        if s.is_function_like() {
            varnames = s.params.clone();
        }
        let nparams = varnames.len();
        let unit = Unit {
            scope,
            instrs: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            next_label: 0,
            loc: Location::new(firstlineno, 0, firstlineno, 0),
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            nparams,
            private: s.private.clone(),
        };
        self.units.push(unit);
    }

    // ---- emission -----------------------------------------------------------------------

    fn push_instr(&mut self, op: Op, arg: ArgRef) {
        let u = self.unit();
        let handler = u.handler_stack.last().copied();
        let loc = Some(u.loc);
        u.instrs.push(Instr {
            op,
            arg,
            loc,
            handler,
        });
    }

    fn emit(&mut self, op: Opcode) {
        self.push_instr(Op::Real(op), ArgRef::Raw(0));
    }

    fn emit_raw(&mut self, op: Opcode, arg: u32) {
        self.push_instr(Op::Real(op), ArgRef::Raw(arg));
    }

    fn emit_arg(&mut self, op: Opcode, arg: ArgRef) {
        self.push_instr(Op::Real(op), arg);
    }

    /// Emits an instruction without a location (it inherits its predecessor's).
    fn emit_noloc(&mut self, op: Opcode, arg: u32) {
        self.push_instr(Op::Real(op), ArgRef::Raw(arg));
        if let Some(last) = self.unit().instrs.last_mut() {
            last.loc = None;
        }
    }

    fn jump_to(&mut self, op: Opcode, target: Label) {
        self.push_instr(Op::Real(op), ArgRef::Label(target));
    }

    fn jump(&mut self, target: Label) {
        self.push_instr(Op::Jump, ArgRef::Label(target));
    }

    fn jump_noloc(&mut self, target: Label) {
        self.push_instr(Op::Jump, ArgRef::Label(target));
        if let Some(last) = self.unit().instrs.last_mut() {
            last.loc = None;
        }
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.next_label += 1;
        Label(u.next_label)
    }

    fn use_label(&mut self, l: Label) {
        self.push_instr(Op::Label(l), ArgRef::Raw(0));
    }

    /// Pushes an exception handler; returns the handler-stack length before the push.
    fn push_handler(&mut self, kind: SetupKind, target: Label) -> usize {
        let u = self.unit();
        let id = u.handlers.len() as u32;
        u.handlers.push(Handler {
            target,
            kind,
            depth: None,
        });
        let outer = u.handler_stack.len();
        let handler = u.handler_stack.last().copied();
        let loc = Some(u.loc);
        u.instrs.push(Instr {
            op: Op::Setup(id),
            arg: ArgRef::Raw(0),
            loc,
            handler,
        });
        u.handler_stack.push(id);
        outer
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        if !matches!(c, Constant::Code(_)) {
            if let Some(i) = u.consts.iter().position(|x| x.same_as(&c)) {
                return i as u32;
            }
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit_raw(Opcode::LoadConst, i);
    }

    fn emit_const_return(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit_raw(Opcode::ReturnConst, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|x| x == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        (u.names.len() - 1) as u32
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|x| x == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    /// The closure slot of a name visible here as a cell or free variable.
    fn deref_ref(&self, name: &str) -> Option<ArgRef> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|x| x == name) {
            return Some(ArgRef::Cell(i as u32));
        }
        u.freevars
            .iter()
            .position(|x| x == name)
            .map(|i| ArgRef::Free(i as u32))
    }

    /// Emits a load, store or delete of a name.
    fn nameop(&mut self, name: &str, ctx: Ctx) -> R {
        let mangled = self.mangled(name);
        let scope = self.scope();
        let sc = scope.lookup(&mangled);
        let kind = scope.kind;
        let function_like = scope.is_function_like();
        enum How {
            Fast,
            Deref,
            Global,
            Name,
        }
        let how = match sc {
            NameScope::Free | NameScope::Cell => How::Deref,
            NameScope::Local if function_like => How::Fast,
            NameScope::GlobalImplicit if function_like => How::Global,
            NameScope::GlobalExplicit => How::Global,
            _ => How::Name,
        };
        match how {
            How::Fast => {
                let i = self.varname_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LoadFast,
                    Ctx::Store => Opcode::StoreFast,
                    Ctx::Del => Opcode::DeleteFast,
                };
                self.emit_arg(op, ArgRef::Local(i));
            }
            How::Deref => {
                let Some(r) = self.deref_ref(&mangled) else {
                    // Should not happen; fall back to a global access.
                    let i = self.add_name(&mangled);
                    self.emit_raw(Opcode::LoadName, i);
                    return Ok(());
                };
                match ctx {
                    Ctx::Load if kind == ScopeKind::Class => {
                        self.emit(Opcode::LoadLocals);
                        self.emit_arg(Opcode::LoadFromDictOrDeref, r);
                    }
                    Ctx::Load => self.emit_arg(Opcode::LoadDeref, r),
                    Ctx::Store => self.emit_arg(Opcode::StoreDeref, r),
                    Ctx::Del => self.emit_arg(Opcode::DeleteDeref, r),
                }
            }
            How::Global => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load if function_like => self.emit_raw(Opcode::LoadGlobal, i << 1),
                    Ctx::Load => self.emit_raw(Opcode::LoadGlobal, i << 1),
                    Ctx::Store => self.emit_raw(Opcode::StoreGlobal, i),
                    Ctx::Del => self.emit_raw(Opcode::DeleteGlobal, i),
                }
            }
            How::Name => {
                let i = self.add_name(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LoadName,
                    Ctx::Store => Opcode::StoreName,
                    Ctx::Del => Opcode::DeleteName,
                };
                self.emit_raw(op, i);
            }
        }
        Ok(())
    }

    fn set_loc(&mut self, loc: Loc) -> Location {
        let new = Location::new(
            loc.lineno,
            loc.col_offset,
            loc.end_lineno,
            loc.end_col_offset,
        );
        std::mem::replace(&mut self.unit().loc, new)
    }

    fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    /// Finishes the current unit and returns its code object.
    fn finish_unit(&mut self) -> R<CodeObject> {
        let Some(mut u) = self.units.pop() else {
            return Err(CompileError::recursion(self.filename));
        };
        let scope = &self.table.scopes[u.scope];
        // Prefix: MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR.
        let mut prefix: Vec<Instr> = Vec::new();
        let first_loc = u
            .instrs
            .iter()
            .find(|i| matches!(i.op, Op::Real(_)))
            .and_then(|i| i.loc);
        let mk = |op: Opcode, arg: ArgRef| Instr {
            op: Op::Real(op),
            arg,
            loc: first_loc,
            handler: None,
        };
        for i in 0..u.cellvars.len() {
            prefix.push(mk(Opcode::MakeCell, ArgRef::Cell(i as u32)));
        }
        if !u.freevars.is_empty() {
            prefix.push(mk(
                Opcode::CopyFreeVars,
                ArgRef::Raw(u.freevars.len() as u32),
            ));
        }
        let is_gen = scope.is_function_like() && (scope.is_generator || scope.is_coroutine);
        if is_gen {
            prefix.push(mk(Opcode::ReturnGenerator, ArgRef::Raw(0)));
            prefix.push(mk(Opcode::PopTop, ArgRef::Raw(0)));
        }
        prefix.append(&mut u.instrs);
        u.instrs = prefix;
        // Flow-graph passes.
        let mut blocks = flowgraph::build_blocks(std::mem::take(&mut u.instrs));
        let stacksize =
            flowgraph::stack_depth(&mut blocks, &mut u.handlers).map_err(|m| self.internal(&m))?;
        if scope.is_function_like() {
            flowgraph::insert_load_fast_checks(
                &mut blocks,
                &u.handlers,
                u.varnames.len(),
                u.nparams,
            );
        }
        flowgraph::superinstructions(&mut blocks);
        let linear = flowgraph::linearize(blocks);
        // Flags.
        let mut flags = u.flags | self.future.flags;
        if scope.is_function_like() {
            flags |= co::OPTIMIZED | co::NEWLOCALS;
            if self.is_nested(u.scope) {
                flags |= co::NESTED;
            }
            if scope.is_coroutine && scope.is_generator {
                flags |= co::ASYNC_GENERATOR;
            } else if scope.is_coroutine {
                flags |= co::COROUTINE;
            } else if scope.is_generator {
                flags |= co::GENERATOR;
            }
        }
        let info = UnitInfo {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.to_string(),
            firstlineno: u.firstlineno,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            stacksize,
        };
        assemble::assemble(&linear, &u.handlers, info).map_err(|m| self.internal(&m))
    }

    fn internal(&self, msg: &str) -> CompileError {
        let mut e = CompileError::at(
            format!("internal compiler error: {msg}"),
            self.filename,
            Loc::default(),
        );
        e.lineno = 1;
        e
    }

    fn is_nested(&self, scope: usize) -> bool {
        let mut p = self.table.scopes[scope].parent;
        while let Some(i) = p {
            let s = &self.table.scopes[i];
            if s.is_function_like() {
                return true;
            }
            p = s.parent;
        }
        false
    }

    /// Compiles a module or class body, storing a leading docstring as `__doc__`.
    fn body_with_docstring(&mut self, body: &'a [Stmt], is_module: bool) -> R {
        if stmt::find_ann(body) {
            let saved = self.unit_ref().loc;
            if let Some(first) = body.first() {
                self.set_loc(first.loc);
            }
            self.emit(Opcode::SetupAnnotations);
            self.restore_loc(saved);
        }
        let mut rest = body;
        if let Some((first, tail)) = body.split_first() {
            if let Some(doc) = docstring(first) {
                if self.opts.optimize < 2 {
                    let saved = self.set_loc(first.loc);
                    self.load_const(Constant::Str(Arc::from(doc)));
                    let i = self.add_name("__doc__");
                    self.emit_raw(Opcode::StoreName, i);
                    self.restore_loc(saved);
                }
                rest = tail;
                let _ = is_module;
            }
        }
        self.stmts(rest)
    }

    /// `CALL_INTRINSIC_1 PRINT; POP_TOP` for interactive expression statements.
    fn print_expr(&mut self) {
        self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::PRINT);
        self.emit(Opcode::PopTop);
    }
}

/// The docstring of a body's first statement, if it is a string literal.
pub(crate) fn docstring(s: &Stmt) -> Option<&str> {
    if let StmtKind::Expr(Expr {
        kind: ExprKind::Constant(Constant::Str(s)),
        ..
    }) = &s.kind
    {
        return Some(s);
    }
    None
}
