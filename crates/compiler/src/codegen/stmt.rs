//! Statement code generation: assignments, control flow (`if`, `while`, `for`), `try` in all
//! its forms, `with`, `raise`, `assert`, imports, `return`/`break`/`continue` with frame-block
//! unwinding, and `del`. Shapes follow CPython 3.13's compiler; see docs/design/compiler.md.

use std::sync::Arc;

use ferrum_bytecode::instructions::{
    compare_oparg, intrinsic1, intrinsic2, resume, BINARY_OP_INPLACE,
};
use ferrum_bytecode::line_table::Location;
use ferrum_bytecode::{Constant, Opcode};

use super::{docstring, Compiler, FBlock, R};

/// The SyntaxError for `break`, `continue` and `return` inside an `except*` clause.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";
use crate::ast::*;
use crate::flowgraph::{Label, SetupKind};
use crate::symtable::ScopeKind;

/// Whether a body contains annotations that need `SETUP_ANNOTATIONS`.
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> R {
        self.enter_depth()?;
        let saved = self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc),
            StmtKind::ClassDef(c) => self.class_def(c, s.loc),
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s.loc),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit_raw(Opcode::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse, s.loc)
                } else {
                    self.for_loop(target, iter, body, orelse, s.loc)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_stmt(items, 0, body, s.loc, *is_async),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, s.loc),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.loc);
                self.emit_raw(Opcode::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    if *is_star {
                        self.try_star_except(body, handlers, orelse)
                    } else {
                        self.try_except(body, handlers, orelse)
                    }
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)
                }
            }
            StmtKind::Assert { test, msg } => {
                let always_true = match &test.kind {
                    ExprKind::Tuple { elts, .. } => !elts.is_empty(),
                    ExprKind::Constant(Constant::Tuple(items)) => !items.is_empty(),
                    _ => false,
                };
                if always_true {
                    self.syntax_warning(
                        "assertion is always true, perhaps remove parentheses?",
                        s.loc,
                    );
                }
                if self.opts.optimize >= 1 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                // CPython 3.11 reports a failed assert at the test expression.
                self.set_loc(test.loc);
                self.emit(Opcode::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(test.loc);
                    self.emit_raw(Opcode::Call, 0);
                }
                self.emit_raw(Opcode::RaiseVarargs, 1);
                self.use_label(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    let saved = self.set_loc(a.loc);
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let i = self.add_name(&a.name);
                    self.emit_raw(Opcode::ImportName, i);
                    match &a.asname {
                        Some(asname) => {
                            // import a.b.c as d -> IMPORT_FROM for each further component.
                            let parts: Vec<&str> = a.name.split('.').collect();
                            if parts.len() > 1 {
                                for (k, p) in parts.iter().enumerate().skip(1) {
                                    let j = self.add_name(p);
                                    self.emit_raw(Opcode::ImportFrom, j);
                                    if k + 1 < parts.len() {
                                        self.emit_raw(Opcode::Swap, 2);
                                        self.emit(Opcode::PopTop);
                                    }
                                }
                                self.nameop(asname, Ctx::Store)?;
                                self.emit(Opcode::PopTop);
                            } else {
                                self.nameop(asname, Ctx::Store)?;
                            }
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            self.nameop(&first, Ctx::Store)?;
                        }
                    }
                    self.restore_loc(saved);
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level == 0
                    && module.as_deref() == Some("__future__")
                    && s.loc.lineno > self.future.lineno
                {
                    return Err(self.err(
                        "from __future__ imports must occur at the beginning of the file",
                        s.loc,
                    ));
                }
                self.load_const(Constant::Int(i64::from(*level)));
                let fromlist: Vec<Constant> = names
                    .iter()
                    .map(|a| Constant::Str(Arc::from(a.name.as_str())))
                    .collect();
                self.load_const(Constant::Tuple(Arc::from(fromlist)));
                let i = self.add_name(module.as_deref().unwrap_or(""));
                self.emit_raw(Opcode::ImportName, i);
                if names.len() == 1 && names[0].name == "*" {
                    self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::IMPORT_STAR);
                    self.emit(Opcode::PopTop);
                    return Ok(());
                }
                for a in names {
                    let saved = self.set_loc(a.loc);
                    let j = self.add_name(&a.name);
                    self.emit_raw(Opcode::ImportFrom, j);
                    let store = a.asname.as_deref().unwrap_or(&a.name);
                    self.nameop(store, Ctx::Store)?;
                    self.restore_loc(saved);
                }
                self.emit(Opcode::PopTop);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.print_expr();
                    return Ok(());
                }
                if e.as_constant().is_some() {
                    self.emit(Opcode::Nop);
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Opcode::PopTop);
                Ok(())
            }
            StmtKind::Pass => {
                self.emit(Opcode::Nop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s.loc),
            StmtKind::Continue => self.continue_stmt(s.loc),
        }
    }

    // ---- assignment ---------------------------------------------------------------------

    pub(super) fn store_target(&mut self, t: &'a Expr) -> R {
        let saved = self.set_loc(t.loc);
        let r = self.store_target_inner(t);
        self.restore_loc(saved);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.loc);
                let a = self.mangled(attr);
                let i = self.add_name(&a);
                self.emit_raw(Opcode::StoreAttr, i);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                if let ExprKind::Slice {
                    lower,
                    upper,
                    step: None,
                } = &slice.kind
                {
                    self.slice_bound(lower.as_deref())?;
                    self.slice_bound(upper.as_deref())?;
                    self.set_loc(t.loc);
                    self.emit(Opcode::StoreSlice);
                } else {
                    self.expr(slice)?;
                    self.set_loc(t.loc);
                    self.emit(Opcode::StoreSubscr);
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(elts, t.loc)?;
                for e in elts {
                    let target = match &e.kind {
                        ExprKind::Starred { value, .. } => value,
                        _ => e,
                    };
                    self.store_target(target)?;
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(self.err(
                "starred assignment target must be in a list or tuple",
                t.loc,
            )),
            _ => Err(self.err("cannot assign to expression", t.loc)),
        }
    }

    fn unpack(&mut self, elts: &[Expr], loc: Loc) -> R {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if star.is_some() {
                    return Err(self.err("multiple starred expressions in assignment", loc));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(self.err("too many expressions in star-unpacking assignment", loc));
                }
                self.emit_raw(Opcode::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit_raw(Opcode::UnpackSequence, elts.len() as u32),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> R {
        let saved = self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Del)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.loc);
                let a = self.mangled(attr);
                let i = self.add_name(&a);
                self.emit_raw(Opcode::DeleteAttr, i);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.loc);
                self.emit(Opcode::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            ExprKind::Starred { .. } => return Err(self.err("cannot delete starred", t.loc)),
            _ => return Err(self.err("cannot delete expression", t.loc)),
        }
        self.restore_loc(saved);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> R {
        let loc = self.unit_ref().loc;
        let binop = op as u32 + BINARY_OP_INPLACE;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let saved = self.set_loc(target.loc);
                self.nameop(id, Ctx::Load)?;
                self.restore_loc(saved);
                self.expr(value)?;
                self.unit().loc = loc;
                self.emit_raw(Opcode::BinaryOp, binop);
                let saved = self.set_loc(target.loc);
                self.nameop(id, Ctx::Store)?;
                self.restore_loc(saved);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                let saved = self.set_loc(target.loc);
                self.emit_raw(Opcode::Copy, 1);
                let a = self.mangled(attr);
                let i = self.add_name(&a);
                self.emit_raw(Opcode::LoadAttr, i << 1);
                self.restore_loc(saved);
                self.expr(value)?;
                self.unit().loc = loc;
                self.emit_raw(Opcode::BinaryOp, binop);
                self.set_loc(target.loc);
                self.emit_raw(Opcode::Swap, 2);
                self.emit_raw(Opcode::StoreAttr, i);
                self.unit().loc = loc;
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                let two = matches!(&slice.kind, ExprKind::Slice { step: None, .. });
                if let ExprKind::Slice {
                    lower,
                    upper,
                    step: None,
                } = &slice.kind
                {
                    self.slice_bound(lower.as_deref())?;
                    self.slice_bound(upper.as_deref())?;
                    let saved = self.set_loc(target.loc);
                    self.emit_raw(Opcode::Copy, 3);
                    self.emit_raw(Opcode::Copy, 3);
                    self.emit_raw(Opcode::Copy, 3);
                    self.emit(Opcode::BinarySlice);
                    self.restore_loc(saved);
                } else {
                    self.expr(slice)?;
                    let saved = self.set_loc(target.loc);
                    self.emit_raw(Opcode::Copy, 2);
                    self.emit_raw(Opcode::Copy, 2);
                    self.emit(Opcode::BinarySubscr);
                    self.restore_loc(saved);
                }
                self.expr(value)?;
                self.unit().loc = loc;
                self.emit_raw(Opcode::BinaryOp, binop);
                self.set_loc(target.loc);
                if two {
                    self.emit_raw(Opcode::Swap, 4);
                    self.emit_raw(Opcode::Swap, 3);
                    self.emit_raw(Opcode::Swap, 2);
                    self.emit(Opcode::StoreSlice);
                } else {
                    self.emit_raw(Opcode::Swap, 3);
                    self.emit_raw(Opcode::Swap, 2);
                    self.emit(Opcode::StoreSubscr);
                }
                self.unit().loc = loc;
            }
            _ => {
                return Err(self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.loc,
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let kind = self.scope().kind;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    self.annotation_value(annotation)?;
                    let i = self.add_name("__annotations__");
                    self.emit_raw(Opcode::LoadName, i);
                    let m = self.mangled(id);
                    self.load_const(Constant::Str(Arc::from(m.as_str())));
                    self.emit(Opcode::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::PopTop);
                }
                if !matches!(kind, ScopeKind::Function | ScopeKind::Comprehension)
                    && !self.future.annotations()
                {
                    self.expr(annotation)?;
                    self.emit(Opcode::PopTop);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::PopTop);
                    self.expr(slice)?;
                    self.emit(Opcode::PopTop);
                }
                if !matches!(kind, ScopeKind::Function | ScopeKind::Comprehension)
                    && !self.future.annotations()
                {
                    self.expr(annotation)?;
                    self.emit(Opcode::PopTop);
                }
            }
            _ => return Err(self.err("illegal target for annotation", target.loc)),
        }
        Ok(())
    }

    // ---- control flow -------------------------------------------------------------------

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        if let Some(c) = test.as_constant() {
            if let Some(truth) = const_truth(c) {
                self.emit(Opcode::Nop);
                return if truth {
                    self.stmts(body)
                } else {
                    self.stmts(orelse)
                };
            }
        }
        let next = self.new_label();
        self.jump_if(test, next, false)?;
        self.stmts(body)?;
        if orelse.is_empty() {
            self.use_label(next);
        } else {
            let end = self.new_label();
            self.jump_noloc(end);
            self.use_label(next);
            self.stmts(orelse)?;
            self.use_label(end);
        }
        Ok(())
    }

    fn while_loop(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        let constant = test.as_constant().and_then(const_truth);
        if constant == Some(false) {
            self.emit(Opcode::Nop);
            return self.stmts(orelse);
        }
        self.use_label(start);
        self.unit().fblocks.push(FBlock::WhileLoop { start, end });
        if constant != Some(true) {
            self.jump_if(test, anchor, false)?;
        } else {
            self.emit(Opcode::Nop);
        }
        self.stmts(body)?;
        let saved = self.set_loc(test.loc);
        self.jump(start);
        self.restore_loc(saved);
        self.unit().fblocks.pop();
        self.use_label(anchor);
        self.stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        loc: Loc,
    ) -> R {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        // As in CPython 3.11, GET_ITER and FOR_ITER carry the whole statement's location.
        let saved = self.set_loc(loc);
        self.emit(Opcode::GetIter);
        self.unit().fblocks.push(FBlock::ForLoop { start, end });
        self.use_label(start);
        self.jump_to(Opcode::ForIter, cleanup);
        self.restore_loc(saved);
        self.store_target(target)?;
        self.stmts(body)?;
        let saved = self.set_loc(loc);
        self.unit().loc.end_line = Some(loc.lineno);
        self.jump(start);
        self.use_label(cleanup);
        self.set_loc(iter.loc);
        self.emit(Opcode::EndFor);
        self.emit(Opcode::PopTop);
        self.restore_loc(saved);
        self.unit().fblocks.pop();
        self.stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        loc: Loc,
    ) -> R {
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Opcode::GetAiter);
        self.use_label(start);
        self.unit().fblocks.push(FBlock::ForLoop { start, end });
        // SETUP_FINALLY except
        let outer = self.push_handler(SetupKind::Finally, except);
        self.emit(Opcode::GetAnext);
        self.load_const(Constant::None);
        self.yield_from(true)?;
        self.unit().handler_stack.truncate(outer);
        self.store_target(target)?;
        self.stmts(body)?;
        let saved = self.set_loc(loc);
        self.jump(start);
        self.restore_loc(saved);
        self.unit().fblocks.pop();
        self.use_label(except);
        self.set_loc(iter.loc);
        self.emit(Opcode::EndAsyncFor);
        self.stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    // ---- return / break / continue --------------------------------------------------------

    fn return_stmt(&mut self, value: Option<&'a Expr>, loc: Loc) -> R {
        if self.in_except_star(false) {
            // CPython reports a constant value's position when it is on the statement's line.
            let at = value
                .filter(|v| v.as_constant().is_some() && v.loc.lineno == loc.lineno)
                .map_or(loc, |v| v.loc);
            return Err(self.err(EXCEPT_STAR_EXIT, at));
        }
        let preserve = value.is_some_and(|v| v.as_constant().is_none());
        if preserve {
            if let Some(v) = value {
                self.expr(v)?;
            }
        }
        let (saved_fb, saved_hs) = self.save_blocks();
        while let Some(fb) = self.unit().fblocks.pop() {
            if let Err(e) = self.unwind_one(fb, preserve, loc) {
                self.restore_blocks(saved_fb, saved_hs);
                return Err(e);
            }
        }
        self.set_loc(loc);
        match value {
            None => self.emit_const_return(Constant::None),
            Some(v) => match v.as_constant() {
                Some(c) => {
                    let saved = self.set_loc(v.loc);
                    self.emit_const_return(c.clone());
                    self.restore_loc(saved);
                }
                None => self.emit(Opcode::ReturnValue),
            },
        }
        self.restore_blocks(saved_fb, saved_hs);
        Ok(())
    }

    fn break_stmt(&mut self, loc: Loc) -> R {
        if self.in_except_star(true) {
            return Err(self.err(EXCEPT_STAR_EXIT, loc));
        }
        let (saved_fb, saved_hs) = self.save_blocks();
        let mut found = None;
        while let Some(fb) = self.unit().fblocks.pop() {
            match fb {
                FBlock::WhileLoop { end, .. } => {
                    found = Some(end);
                    break;
                }
                FBlock::ForLoop { end, .. } => {
                    self.set_loc(loc);
                    self.emit(Opcode::PopTop);
                    found = Some(end);
                    break;
                }
                other => self.unwind_one(other, false, loc)?,
            }
        }
        let r = match found {
            Some(end) => {
                self.set_loc(loc);
                self.jump(end);
                Ok(())
            }
            None => Err(self.err("'break' outside loop", loc)),
        };
        self.restore_blocks(saved_fb, saved_hs);
        r
    }

    fn continue_stmt(&mut self, loc: Loc) -> R {
        if self.in_except_star(true) {
            return Err(self.err(EXCEPT_STAR_EXIT, loc));
        }
        let (saved_fb, saved_hs) = self.save_blocks();
        let mut found = None;
        while let Some(fb) = self.unit().fblocks.last().cloned() {
            match fb {
                FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => {
                    found = Some(start);
                    break;
                }
                other => {
                    self.unit().fblocks.pop();
                    self.unwind_one(other, false, loc)?;
                }
            }
        }
        let r = match found {
            Some(start) => {
                self.set_loc(loc);
                self.jump(start);
                Ok(())
            }
            None => Err(self.err("'continue' not properly in loop", loc)),
        };
        self.restore_blocks(saved_fb, saved_hs);
        r
    }

    /// Would leaving the current block cross `except*` clauses? For `break`/`continue`
    /// (`loop_exit`) the innermost loop stops the search.
    fn in_except_star(&self, loop_exit: bool) -> bool {
        for fb in self.unit_ref().fblocks.iter().rev() {
            match fb {
                FBlock::ExceptionGroupHandler => return true,
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } if loop_exit => return false,
                _ => {}
            }
        }
        false
    }

    fn save_blocks(&mut self) -> (Vec<FBlock<'a>>, Vec<u32>) {
        let u = self.unit();
        (u.fblocks.clone(), u.handler_stack.clone())
    }

    fn restore_blocks(&mut self, fb: Vec<FBlock<'a>>, hs: Vec<u32>) {
        let u = self.unit();
        u.fblocks = fb;
        u.handler_stack = hs;
    }

    /// Emits the exit code of one frame block (the block is already popped).
    fn unwind_one(&mut self, fb: FBlock<'a>, preserve: bool, loc: Loc) -> R {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {
            }
            FBlock::ForLoop { .. } => {
                self.set_loc(loc);
                if preserve {
                    self.emit_raw(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop);
            }
            FBlock::TryExcept { outer } => {
                self.unit().handler_stack.truncate(outer);
            }
            FBlock::FinallyTry { outer, body } => {
                self.unit().handler_stack.truncate(outer);
                if preserve {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd { outer } => {
                self.set_loc(loc);
                if preserve {
                    self.emit_raw(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop);
                if preserve {
                    self.emit_raw(Opcode::Swap, 2);
                }
                self.unit().handler_stack.truncate(outer);
                self.emit(Opcode::PopExcept);
            }
            FBlock::With {
                outer,
                loc: wloc,
                is_async,
            } => {
                self.unit().handler_stack.truncate(outer);
                self.unit().loc = wloc;
                if preserve {
                    self.emit_raw(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                if is_async {
                    self.emit_raw(Opcode::GetAwaitable, 2);
                    self.load_const(Constant::None);
                    self.yield_from(true)?;
                }
                self.emit(Opcode::PopTop);
            }
            FBlock::HandlerCleanup { outer, name } => {
                self.set_loc(loc);
                if preserve {
                    self.emit_raw(Opcode::Swap, 2);
                }
                self.unit().handler_stack.truncate(outer);
                self.emit(Opcode::PopExcept);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(&n, Ctx::Store)?;
                    self.nameop(&n, Ctx::Del)?;
                }
            }
            FBlock::PopValue => {
                self.set_loc(loc);
                if preserve {
                    self.emit_raw(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop);
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit_raw(Opcode::Call, 2);
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`.
    fn pop_except_and_reraise(&mut self) {
        self.emit_noloc(Opcode::Copy, 3);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::Reraise, 1);
    }

    // ---- try ------------------------------------------------------------------------------

    /// The part `try`/`except` and `try`/`except*` share: the protected body (its exceptions
    /// go to `except`), the `else` block, the jump to `end`, and the handler label placed
    /// with no location. Returns the handler-stack depth outside the `try`.
    fn try_body_and_else(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        except: Label,
        end: Label,
    ) -> R<usize> {
        let outer = self.push_handler(SetupKind::Finally, except);
        self.emit(Opcode::Nop);
        self.unit().fblocks.push(FBlock::TryExcept { outer });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.unit().handler_stack.truncate(outer);
        self.stmts(orelse)?;
        self.jump_noloc(end);
        self.use_label(except);
        self.unit().loc = Location::default();
        Ok(outer)
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let end = self.new_label();
        let except = self.new_label();
        let cleanup = self.new_label();
        let outer = self.try_body_and_else(body, orelse, except, end)?;
        // Handlers.
        self.push_handler(SetupKind::Cleanup, cleanup);
        self.emit_noloc(Opcode::PushExcInfo, 0);
        let inner = self.unit_ref().handler_stack.clone();
        self.unit().fblocks.push(FBlock::ExceptionHandler);
        for (i, h) in handlers.iter().enumerate() {
            self.unit().handler_stack = inner.clone();
            self.set_loc(h.loc);
            let next = self.new_label();
            if h.type_.is_none() && i + 1 < handlers.len() {
                return Err(self.err("default 'except:' must be last", h.loc));
            }
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_loc(h.loc);
                self.emit(Opcode::CheckExcMatch);
                self.jump_to(Opcode::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.nameop(name, Ctx::Store)?;
                    let outer2 = self.push_handler(SetupKind::Cleanup, cleanup_end);
                    let _ = outer2;
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        outer,
                        name: Some(name.clone()),
                    });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.unit().handler_stack.truncate(outer);
                    self.unit().loc = Location::default();
                    self.emit_noloc(Opcode::PopExcept, 0);
                    self.load_const(Constant::None);
                    self.nameop(name, Ctx::Store)?;
                    self.nameop(name, Ctx::Del)?;
                    self.jump_noloc(end);
                    // except: clear the name and re-raise.
                    self.unit().handler_stack = inner.clone();
                    self.use_label(cleanup_end);
                    self.load_const(Constant::None);
                    self.nameop(name, Ctx::Store)?;
                    self.nameop(name, Ctx::Del)?;
                    self.emit_noloc(Opcode::Reraise, 1);
                }
                None => {
                    self.emit(Opcode::PopTop);
                    let outer2 = self.unit_ref().handler_stack.len();
                    let _ = outer2;
                    self.unit()
                        .fblocks
                        .push(FBlock::HandlerCleanup { outer, name: None });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.unit().handler_stack.truncate(outer);
                    self.emit_noloc(Opcode::PopExcept, 0);
                    self.jump_noloc(end);
                }
            }
            self.unit().handler_stack = inner.clone();
            self.use_label(next);
        }
        self.unit().fblocks.pop();
        self.unit().handler_stack = inner;
        self.unit().loc = Location::default();
        self.emit_noloc(Opcode::Reraise, 0);
        self.unit().handler_stack.truncate(outer);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(end);
        Ok(())
    }

    /// `try` with `except*` clauses. The handler keeps `[prev_exc, orig, raised, rest]` on
    /// the stack: `raised` is a list collecting what the clause bodies raise, `rest` the
    /// part of `orig` no clause has matched yet. Each clause splits `rest` with
    /// `CHECK_EG_MATCH`; afterwards `PREP_RERAISE_STAR` combines `orig` with the list (the
    /// final rest appended) into the exception to re-raise, or None.
    fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let end = self.new_label();
        let except = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let outer = self.try_body_and_else(body, orelse, except, end)?;
        // Handlers: [exc]
        self.push_handler(SetupKind::Cleanup, cleanup);
        self.emit_noloc(Opcode::PushExcInfo, 0);
        let inner = self.unit_ref().handler_stack.clone();
        self.unit().fblocks.push(FBlock::ExceptionGroupHandler);
        for (i, h) in handlers.iter().enumerate() {
            self.unit().handler_stack = inner.clone();
            self.set_loc(h.loc);
            let Some(ty) = &h.type_ else {
                return Err(self.err("expected one or more exception types", h.loc));
            };
            if i == 0 {
                // [prev, orig] -> [prev, orig, raised, rest]
                self.emit_raw(Opcode::BuildList, 0);
                self.emit_raw(Opcode::Copy, 2);
            }
            let next = self.new_label();
            let no_match = self.new_label();
            let body_error = self.new_label();
            self.expr(ty)?;
            self.set_loc(h.loc);
            self.emit(Opcode::CheckEgMatch);
            self.emit_raw(Opcode::Copy, 1);
            self.jump_to(Opcode::PopJumpIfNone, no_match);
            match &h.name {
                Some(name) => self.nameop(name, Ctx::Store)?,
                None => self.emit(Opcode::PopTop),
            }
            // The clause body; what it raises is appended to `raised`.
            self.push_handler(SetupKind::Cleanup, body_error);
            self.stmts(&h.body)?;
            self.unit().handler_stack = inner.clone();
            self.unit().loc = Location::default();
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.jump_noloc(next);
            // [prev, orig, raised, rest, lasti, exc]
            self.use_label(body_error);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.emit_noloc(Opcode::ListAppend, 3);
            self.emit_noloc(Opcode::PopTop, 0);
            self.jump_noloc(next);
            self.use_label(no_match);
            self.set_loc(h.loc);
            self.emit(Opcode::PopTop);
            self.use_label(next);
            if i + 1 == handlers.len() {
                // The unmatched rest goes last.
                self.emit_noloc(Opcode::ListAppend, 1);
                self.jump_noloc(reraise_star);
            }
        }
        self.unit().fblocks.pop();
        self.unit().handler_stack = inner;
        // [prev, orig, raised] -> [prev, exc or None]
        self.use_label(reraise_star);
        self.emit_noloc(Opcode::CallIntrinsic2, intrinsic2::PREP_RERAISE_STAR);
        self.emit_noloc(Opcode::Copy, 1);
        let reraise = self.new_label();
        self.jump_to(Opcode::PopJumpIfNotNone, reraise);
        if let Some(last) = self.unit().instrs.last_mut() {
            last.loc = None;
        }
        self.emit_noloc(Opcode::PopTop, 0);
        self.unit().handler_stack.truncate(outer);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.jump_noloc(end);
        self.use_label(reraise);
        self.emit_noloc(Opcode::Swap, 2);
        self.emit_noloc(Opcode::PopExcept, 0);
        self.emit_noloc(Opcode::Reraise, 0);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> R {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let outer = self.push_handler(SetupKind::Finally, end);
        self.emit(Opcode::Nop);
        self.unit().fblocks.push(FBlock::FinallyTry {
            outer,
            body: finalbody,
        });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if is_star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.unit().handler_stack.truncate(outer);
        self.stmts(finalbody)?;
        self.jump_noloc(exit);
        // Exceptional path.
        self.use_label(end);
        self.unit().loc = Location::default();
        let outer2 = self.push_handler(SetupKind::Cleanup, cleanup);
        self.emit_noloc(Opcode::PushExcInfo, 0);
        self.unit()
            .fblocks
            .push(FBlock::FinallyEnd { outer: outer2 });
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.unit().loc = Location::default();
        self.emit_noloc(Opcode::Reraise, 0);
        self.unit().handler_stack.truncate(outer2);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(exit);
        Ok(())
    }

    // ---- with -----------------------------------------------------------------------------

    fn with_stmt(
        &mut self,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
        loc: Loc,
        is_async: bool,
    ) -> R {
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        let final_ = self.new_label();
        let exit = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(loc);
        let wloc = self.unit_ref().loc;
        if is_async {
            self.emit(Opcode::BeforeAsyncWith);
            self.emit_raw(Opcode::GetAwaitable, 1);
            self.load_const(Constant::None);
            self.yield_from(true)?;
        } else {
            self.emit(Opcode::BeforeWith);
        }
        let outer = self.push_handler(SetupKind::With, final_);
        self.unit().fblocks.push(FBlock::With {
            outer,
            loc: wloc,
            is_async,
        });
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Opcode::PopTop),
        }
        self.with_stmt(items, pos + 1, body, loc, is_async)?;
        self.unit().fblocks.pop();
        self.unit().handler_stack.truncate(outer);
        // Normal exit: __exit__(None, None, None).
        self.unit().loc = wloc;
        self.call_exit_with_nones();
        if is_async {
            self.emit_raw(Opcode::GetAwaitable, 2);
            self.load_const(Constant::None);
            self.yield_from(true)?;
        }
        self.emit(Opcode::PopTop);
        self.jump(exit);
        // Exceptional exit.
        self.use_label(final_);
        let cleanup = self.new_label();
        let outer2 = self.push_handler(SetupKind::Cleanup, cleanup);
        self.emit(Opcode::PushExcInfo);
        self.emit(Opcode::WithExceptStart);
        if is_async {
            self.emit_raw(Opcode::GetAwaitable, 2);
            self.load_const(Constant::None);
            self.yield_from(true)?;
        }
        let suppress = self.new_label();
        self.emit(Opcode::ToBool);
        self.jump_to(Opcode::PopJumpIfTrue, suppress);
        self.emit_noloc(Opcode::Reraise, 2);
        self.use_label(suppress);
        self.emit(Opcode::PopTop);
        self.unit().handler_stack.truncate(outer2);
        self.emit(Opcode::PopExcept);
        self.emit(Opcode::PopTop);
        self.emit(Opcode::PopTop);
        self.jump_noloc(exit);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(exit);
        Ok(())
    }

    fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase], loc: Loc) -> R {
        let _ = loc;
        self.match_stmt_impl(subject, cases)
    }

    /// `SEND` loop of `yield from` / `await` (value to send is on the stack).
    pub(super) fn yield_from(&mut self, is_await: bool) -> R {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump_to(Opcode::Send, exit);
        let outer = self.push_handler(SetupKind::Finally, fail);
        self.emit_raw(Opcode::YieldValue, 1);
        self.unit().handler_stack.truncate(outer);
        self.emit_raw(
            Opcode::Resume,
            if is_await {
                resume::AFTER_AWAIT
            } else {
                resume::AFTER_YIELD_FROM
            },
        );
        self.push_instr(
            crate::flowgraph::Op::JumpNoInterrupt,
            crate::flowgraph::ArgRef::Label(send),
        );
        self.use_label(fail);
        self.emit(Opcode::CleanupThrow);
        self.use_label(exit);
        self.emit(Opcode::EndSend);
        Ok(())
    }

    /// Compiles a function body, skipping the docstring statement.
    pub(super) fn function_body(&mut self, body: &'a [Stmt]) -> R {
        let rest = match body.split_first() {
            Some((first, tail)) if docstring(first).is_some() => tail,
            _ => body,
        };
        self.stmts(rest)
    }

    /// `jump_if` for a comparison used as a condition.
    pub(super) fn compare_jump(&mut self, op: CmpOp, target: Label, cond: bool) {
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                self.emit_raw(Opcode::IsOp, u32::from(op == CmpOp::IsNot));
            }
            CmpOp::In | CmpOp::NotIn => {
                self.emit_raw(Opcode::ContainsOp, u32::from(op == CmpOp::NotIn));
            }
            _ => self.emit_raw(Opcode::CompareOp, compare_oparg(cmp_index(op), true)),
        }
        self.jump_to(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            target,
        );
    }
}

/// Index of a rich comparison in `COMPARE_OPS`.
pub(crate) fn cmp_index(op: CmpOp) -> u32 {
    match op {
        CmpOp::Lt => 0,
        CmpOp::LtE => 1,
        CmpOp::Eq => 2,
        CmpOp::NotEq => 3,
        CmpOp::Gt => 4,
        CmpOp::GtE => 5,
        _ => 2,
    }
}

/// Truth value of a constant, when known at compile time.
pub(crate) fn const_truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(a, b) => *a != 0.0 || *b != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(s) => !s.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis => true,
        Constant::Code(_) => return None,
    })
}
