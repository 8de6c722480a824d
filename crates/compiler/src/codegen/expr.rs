//! Expression code generation: operators, comparisons (chained, and as jump conditions),
//! boolean operators, calls (plain, method, keyword, star/double-star), collection displays
//! with unpacking, subscripts and slices, f-strings, `yield`/`yield from`/`await`, conditional
//! and named expressions. Shapes follow CPython 3.13; see docs/design/compiler.md.

use std::sync::Arc;

use ferrum_bytecode::instructions::{compare_oparg, intrinsic1, resume};
use ferrum_bytecode::{Constant, Opcode};

use super::stmt::{cmp_index, const_truth};
use super::{Compiler, R};
use crate::ast::*;
use crate::flowgraph::Label;
use crate::symtable::NameScope;

/// CPython's guideline for how many values one instruction should consume.
const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        self.enter_depth()?;
        let saved = self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = if *op == BoolOp::And {
                    Opcode::PopJumpIfFalse
                } else {
                    Opcode::PopJumpIfTrue
                };
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_raw(Opcode::Copy, 1);
                        self.emit(Opcode::ToBool);
                        self.jump_to(jump, end);
                        self.emit(Opcode::PopTop);
                    }
                }
                self.use_label(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit_raw(Opcode::Copy, 1);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit_raw(Opcode::BinaryOp, *op as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                match op {
                    UnaryOp::Invert => self.emit(Opcode::UnaryInvert),
                    UnaryOp::USub => self.emit(Opcode::UnaryNegative),
                    UnaryOp::UAdd => {
                        self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::UNARY_POSITIVE)
                    }
                    UnaryOp::Not => {
                        self.emit(Opcode::ToBool);
                        self.emit(Opcode::UnaryNot);
                    }
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump_noloc(end);
                self.use_label(next);
                self.expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => self.sequence(elts, Seq::Set)?,
            ExprKind::List { elts, ctx } => {
                if *ctx != Ctx::Load {
                    return Err(self.err("invalid target context", e.loc));
                }
                self.sequence(elts, Seq::List)?
            }
            ExprKind::Tuple { elts, ctx } => {
                if *ctx != Ctx::Load {
                    return Err(self.err("invalid target context", e.loc));
                }
                self.sequence(elts, Seq::Tuple)?
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.emit_raw(Opcode::GetAwaitable, 0);
                self.load_const(Constant::None);
                self.yield_from(true)?;
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                if self.scope().is_coroutine {
                    self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::ASYNC_GEN_WRAP);
                }
                self.emit_raw(Opcode::YieldValue, 0);
                self.emit_raw(Opcode::Resume, resume::AFTER_YIELD);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Opcode::GetYieldFromIter);
                self.load_const(Constant::None);
                self.yield_from(false)?;
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e, left, ops, comparators);
                self.compare(left, ops, comparators)?
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_caller(e, func);
                self.call(func, args, keywords)?
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let conv = match u8::try_from(*conversion).unwrap_or(0) {
                    b's' => 1,
                    b'r' => 2,
                    b'a' => 3,
                    _ => 0,
                };
                if conv != 0 {
                    self.emit_raw(Opcode::ConvertValue, conv);
                }
                match format_spec {
                    Some(spec) => {
                        self.expr(spec)?;
                        self.emit(Opcode::FormatWithSpec);
                    }
                    None => self.emit(Opcode::FormatSimple),
                }
            }
            ExprKind::JoinedStr(parts) => {
                if parts.iter().all(|p| p.as_constant().is_some()) {
                    let mut s = String::new();
                    for p in parts {
                        if let Some(Constant::Str(x)) = p.as_constant() {
                            s.push_str(x);
                        }
                    }
                    self.load_const(Constant::Str(Arc::from(s.as_str())));
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    if parts.len() != 1 {
                        self.emit_raw(Opcode::BuildString, parts.len() as u32);
                    }
                }
            }
            ExprKind::Constant(c) => self.load_const(c.clone()),
            ExprKind::Attribute { value, attr, .. } => {
                if self.super_attr(value, attr, false)? {
                    return Ok(());
                }
                self.expr(value)?;
                let a = self.mangled(attr);
                let i = self.add_name(&a);
                self.emit_raw(Opcode::LoadAttr, i << 1);
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
                    self.set_loc(e.loc);
                    self.emit(Opcode::BinarySlice);
                } else {
                    self.expr(slice)?;
                    self.set_loc(e.loc);
                    self.emit(Opcode::BinarySubscr);
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.err("can't use starred expression here", e.loc))
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Load)?,
            ExprKind::Slice { lower, upper, step } => {
                self.slice_bound(lower.as_deref())?;
                self.slice_bound(upper.as_deref())?;
                let mut n = 2;
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit_raw(Opcode::BuildSlice, n);
            }
        }
        Ok(())
    }

    pub(super) fn slice_bound(&mut self, e: Option<&'a Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Constant::None);
                Ok(())
            }
        }
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Is => self.emit_raw(Opcode::IsOp, 0),
            CmpOp::IsNot => self.emit_raw(Opcode::IsOp, 1),
            CmpOp::In => self.emit_raw(Opcode::ContainsOp, 0),
            CmpOp::NotIn => self.emit_raw(Opcode::ContainsOp, 1),
            _ => self.emit_raw(Opcode::CompareOp, compare_oparg(cmp_index(op), false)),
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> R {
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit_raw(Opcode::Swap, 2);
            self.emit_raw(Opcode::Copy, 2);
            self.compare_op(ops[i]);
            self.emit_raw(Opcode::Copy, 1);
            self.emit(Opcode::ToBool);
            self.jump_to(Opcode::PopJumpIfFalse, cleanup);
            self.emit(Opcode::PopTop);
        }
        self.expr(&comparators[n - 1])?;
        self.compare_op(ops[n - 1]);
        let end = self.new_label();
        self.jump_noloc(end);
        self.use_label(cleanup);
        self.emit_raw(Opcode::Swap, 2);
        self.emit(Opcode::PopTop);
        self.use_label(end);
        Ok(())
    }

    /// Evaluates `e` as a condition and jumps to `target` if its truth equals `cond`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        self.enter_depth()?;
        let saved = self.set_loc(e.loc);
        let r = self.jump_if_inner(e, target, cond);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                let next2 = if is_or == cond {
                    target
                } else {
                    self.new_label()
                };
                let n = values.len();
                for v in &values[..n - 1] {
                    self.jump_if(v, next2, is_or)?;
                }
                self.jump_if(&values[n - 1], target, cond)?;
                if next2 != target {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.jump_noloc(end);
                self.use_label(next2);
                self.jump_if(orelse, target, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e, left, ops, comparators);
                let n = ops.len();
                if n == 1 {
                    let is_none = matches!(comparators[0].as_constant(), Some(Constant::None));
                    if is_none && matches!(ops[0], CmpOp::Is | CmpOp::IsNot) {
                        self.expr(left)?;
                        let jump_on_none = (ops[0] == CmpOp::Is) == cond;
                        self.jump_to(
                            if jump_on_none {
                                Opcode::PopJumpIfNone
                            } else {
                                Opcode::PopJumpIfNotNone
                            },
                            target,
                        );
                        return Ok(());
                    }
                    self.expr(left)?;
                    self.expr(&comparators[0])?;
                    self.compare_jump(ops[0], target, cond);
                    return Ok(());
                }
                self.expr(left)?;
                let cleanup = self.new_label();
                for i in 0..n - 1 {
                    self.expr(&comparators[i])?;
                    self.emit_raw(Opcode::Swap, 2);
                    self.emit_raw(Opcode::Copy, 2);
                    self.compare_jump(ops[i], cleanup, false);
                }
                self.expr(&comparators[n - 1])?;
                self.compare_jump(ops[n - 1], target, cond);
                let end = self.new_label();
                self.jump_noloc(end);
                self.use_label(cleanup);
                self.emit(Opcode::PopTop);
                if !cond {
                    self.jump_noloc(target);
                }
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Constant(c) => {
                if let Some(t) = const_truth(c) {
                    if t == cond {
                        self.jump(target);
                    } else {
                        self.emit(Opcode::Nop);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit(Opcode::ToBool);
        self.jump_to(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    // ---- calls ----------------------------------------------------------------------------

    /// `super().attr` and `super(C, obj).attr` as LOAD_SUPER_ATTR (CPython 3.12's
    /// `can_optimize_super_call`): only when `super` is an implicit global here and never
    /// mentioned at module level, the call has no keywords, and it has either two plain
    /// arguments or none (then the function needs a first parameter and a `__class__` cell).
    /// Returns whether it emitted the load.
    fn super_attr(&mut self, value: &'a Expr, attr: &str, method: bool) -> R<bool> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return Ok(false);
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return Ok(false);
        };
        if id != "super" || attr == "__class__" || !keywords.is_empty() {
            return Ok(false);
        }
        let scope = self.scope();
        if scope.lookup("super") != NameScope::GlobalImplicit
            || !scope.is_function_like()
            || self
                .table
                .scopes
                .first()
                .is_some_and(|top| top.flags.contains_key("super"))
        {
            return Ok(false);
        }
        let two_args = match args.len() {
            2 => {
                if args
                    .iter()
                    .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
                {
                    return Ok(false);
                }
                true
            }
            0 => {
                if self.unit_ref().argcount == 0
                    || scope.params.is_empty()
                    || scope.lookup("__class__") != NameScope::Free
                {
                    return Ok(false);
                }
                false
            }
            _ => return Ok(false),
        };
        let saved = self.set_loc(func.loc);
        self.nameop("super", Ctx::Load)?;
        self.restore_loc(saved);
        if two_args {
            self.expr(&args[0])?;
            self.expr(&args[1])?;
        } else {
            self.nameop("__class__", Ctx::Load)?;
            if let Some(first) = scope.params.first() {
                self.nameop(first, Ctx::Load)?;
            }
        }
        let a = self.mangled(attr);
        let i = self.add_name(&a);
        let flags = u32::from(two_args) << 1 | u32::from(method);
        self.emit_raw(Opcode::LoadSuperAttr, (i << 2) | flags);
        Ok(true)
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        let has_star = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        self.check_keywords(keywords)?;
        // Method calls.
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: Ctx::Load,
        } = &func.kind
        {
            if !has_star && args.len() + keywords.len() < STACK_USE_GUIDELINE {
                let saved = self.set_loc(func.loc);
                if self.super_attr(value, attr, true)? {
                    self.restore_loc(saved);
                    return self.call_args(args, keywords, 0);
                }
                self.restore_loc(saved);
                self.expr(value)?;
                let saved = self.set_loc(func.loc);
                let a = self.mangled(attr);
                let i = self.add_name(&a);
                self.emit_raw(Opcode::LoadAttr, (i << 1) | 1);
                self.restore_loc(saved);
                return self.call_args(args, keywords, 0);
            }
        }
        // A global function: LOAD_GLOBAL with the NULL bit.
        let mut pushed_null = false;
        if let ExprKind::Name { id, .. } = &func.kind {
            let m = self.mangled(id);
            let scope = self.scope();
            let sc = scope.lookup(&m);
            let is_global = match sc {
                NameScope::GlobalExplicit => true,
                NameScope::GlobalImplicit => scope.is_function_like(),
                _ => false,
            };
            if is_global {
                let saved = self.set_loc(func.loc);
                let i = self.add_name(&m);
                self.emit_raw(Opcode::LoadGlobal, (i << 1) | 1);
                self.restore_loc(saved);
                pushed_null = true;
            }
        }
        if !pushed_null {
            self.expr(func)?;
            let saved = self.set_loc(func.loc);
            self.emit(Opcode::PushNull);
            self.restore_loc(saved);
        }
        self.call_args(args, keywords, 0)
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_deref() == Some(name)) {
                    return Err(self.err(format!("keyword argument repeated: {name}"), k.loc));
                }
            }
        }
        Ok(())
    }

    /// Pushes the arguments and emits the call. `extra` positional values are already on
    /// the stack after the callable and self slot (class creation).
    pub(super) fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32) -> R {
        let loc = self.unit_ref().loc;
        let has_star = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !has_star && args.len() + keywords.len() + (extra as usize) < 256 * 256 {
            for a in args {
                self.expr(a)?;
            }
            let nargs = args.len() as u32 + extra;
            if keywords.is_empty() {
                self.unit().loc = loc;
                self.emit_raw(Opcode::Call, nargs);
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Constant> = keywords
                    .iter()
                    .map(|k| Constant::Str(Arc::from(k.arg.as_deref().unwrap_or(""))))
                    .collect();
                self.unit().loc = loc;
                self.load_const(Constant::Tuple(Arc::from(names)));
                self.emit_raw(Opcode::CallKw, nargs + keywords.len() as u32);
            }
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional arguments as one sequence.
        if extra == 0 && args.len() == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            } else {
                self.sequence_with_extra(args, Seq::Tuple, 0)?;
            }
        } else {
            self.sequence_with_extra(args, Seq::Tuple, extra)?;
        }
        let mut have_dict = false;
        if !keywords.is_empty() {
            let mut pending: Vec<&'a Keyword> = Vec::new();
            for k in keywords {
                if k.arg.is_none() {
                    if !pending.is_empty() {
                        self.subkwargs(&pending)?;
                        pending.clear();
                        if have_dict {
                            self.emit_raw(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                    }
                    if !have_dict {
                        self.emit_raw(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit_raw(Opcode::DictMerge, 1);
                } else {
                    pending.push(k);
                }
            }
            if !pending.is_empty() {
                self.subkwargs(&pending)?;
                if have_dict {
                    self.emit_raw(Opcode::DictMerge, 1);
                }
                have_dict = true;
            }
        }
        self.unit().loc = loc;
        self.emit_raw(Opcode::CallFunctionEx, u32::from(have_dict));
        Ok(())
    }

    fn subkwargs(&mut self, kws: &[&'a Keyword]) -> R {
        for k in kws {
            self.load_const(Constant::Str(Arc::from(k.arg.as_deref().unwrap_or(""))));
            self.expr(&k.value)?;
        }
        self.emit_raw(Opcode::BuildMap, kws.len() as u32);
        Ok(())
    }

    // ---- displays -------------------------------------------------------------------------

    fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> R {
        self.sequence_with_extra(elts, kind, 0)
    }

    /// Builds a list/tuple/set; `pushed` values already on the stack become leading items.
    fn sequence_with_extra(&mut self, elts: &'a [Expr], kind: Seq, pushed: u32) -> R {
        let (build, add, extend) = match kind {
            Seq::List | Seq::Tuple => (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend),
            Seq::Set => (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate),
        };
        let has_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        let all_const = elts.iter().all(|e| e.as_constant().is_some());
        if !has_star && pushed == 0 && elts.len() > 2 && all_const && kind != Seq::Tuple {
            let items: Vec<Constant> = elts
                .iter()
                .filter_map(|e| e.as_constant().cloned())
                .collect();
            self.emit_raw(build, 0);
            let c = match kind {
                Seq::Set => Constant::FrozenSet(Arc::from(items)),
                _ => Constant::Tuple(Arc::from(items)),
            };
            self.load_const(c);
            self.emit_raw(extend, 1);
            return Ok(());
        }
        if !has_star && elts.len() + (pushed as usize) < 4096 {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32 + pushed;
            match kind {
                Seq::Tuple => self.emit_raw(Opcode::BuildTuple, n),
                _ => self.emit_raw(build, n),
            }
            return Ok(());
        }
        let mut built = false;
        for (i, e) in elts.iter().enumerate() {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    if !built {
                        self.emit_raw(build, i as u32 + pushed);
                        built = true;
                    }
                    self.expr(value)?;
                    self.emit_raw(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    if built {
                        self.emit_raw(add, 1);
                    }
                }
            }
        }
        if !built {
            self.emit_raw(build, elts.len() as u32 + pushed);
        }
        if kind == Seq::Tuple {
            self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let mut have_dict = false;
        let mut start = 0;
        let mut i = 0;
        let n = values.len();
        while i < n {
            if keys[i].is_none() {
                if i > start {
                    self.subdict(&keys[start..i], &values[start..i])?;
                    if have_dict {
                        self.emit_raw(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                }
                if !have_dict {
                    self.emit_raw(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit_raw(Opcode::DictUpdate, 1);
                start = i + 1;
            } else if (i - start) * 2 > STACK_USE_GUIDELINE {
                self.subdict(&keys[start..i], &values[start..i])?;
                if have_dict {
                    self.emit_raw(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                start = i;
            }
            i += 1;
        }
        if n > start {
            self.subdict(&keys[start..n], &values[start..n])?;
            if have_dict {
                self.emit_raw(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit_raw(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let n = values.len();
        let const_keys: Option<Vec<Constant>> = keys
            .iter()
            .map(|k| k.as_ref().and_then(|k| k.as_constant().cloned()))
            .collect();
        if let Some(ck) = const_keys.filter(|_| n > 1) {
            for v in values {
                self.expr(v)?;
            }
            self.load_const(Constant::Tuple(Arc::from(ck)));
            self.emit_raw(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        for (k, v) in keys.iter().zip(values) {
            if let Some(k) = k {
                self.expr(k)?;
            }
            self.expr(v)?;
        }
        self.emit_raw(Opcode::BuildMap, n as u32);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}
