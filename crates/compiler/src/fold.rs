//! Constant folding on the AST (CPython's `ast_opt`): unary and binary operators on literal
//! operands, tuples of constants, `x in [1, 2]` / `x in {1, 2}` membership tests and
//! `for x in [1, 2]` iterables, and `__debug__`.
//!
//! CPython's size limits apply so that `'a' * 10**9` or `2**100000` stay unfolded: ints up to
//! 128 bits, strings and bytes up to 4096 items, and nothing that would raise is folded. See
//! docs/design/compiler.md.

use std::sync::Arc;

use ferrum_bytecode::Constant;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::*;

const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_DEPTH: u32 = crate::syntax::MAX_AST_DEPTH + 100;

/// The tree is nested too deeply to fold.
#[derive(Debug)]
pub struct TooDeep;

/// Folds a whole module in place; `Err` when the tree is too deep.
pub fn fold_module(m: &mut Mod, optimize: u8, future_annotations: bool) -> Result<(), TooDeep> {
    let mut f = Folder {
        optimize,
        depth: 0,
        keep_annotations: future_annotations,
    };
    match m {
        Mod::Module(b) | Mod::Interactive(b) => f.stmts(b),
        Mod::Expression(e) => f.expr(e),
    }
}

struct Folder {
    optimize: u8,
    depth: u32,
    /// `from __future__ import annotations`: annotations are stored as source text, so they
    /// are left exactly as written.
    keep_annotations: bool,
}

impl Folder {
    fn stmts(&mut self, b: &mut [Stmt]) -> Result<(), TooDeep> {
        for s in b {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn opt(&mut self, e: &mut Option<Expr>) -> Result<(), TooDeep> {
        if let Some(e) = e {
            self.expr(e)?;
        }
        Ok(())
    }

    fn args(&mut self, a: &mut Arguments) -> Result<(), TooDeep> {
        for d in &mut a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d)?;
        }
        let all = a
            .posonlyargs
            .iter_mut()
            .chain(a.args.iter_mut())
            .chain(a.vararg.iter_mut())
            .chain(a.kwonlyargs.iter_mut())
            .chain(a.kwarg.iter_mut());
        for arg in all {
            if let Some(ann) = &mut arg.annotation {
                if self.keep_annotations {
                    continue;
                }
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &mut Stmt) -> Result<(), TooDeep> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(TooDeep);
        }
        match &mut s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &mut f.decorators {
                    self.expr(d)?;
                }
                self.args(&mut f.args)?;
                if !self.keep_annotations {
                    self.opt(&mut f.returns)?;
                }
                self.stmts(&mut f.body)?;
            }
            StmtKind::ClassDef(c) => {
                for d in c.decorators.iter_mut().chain(c.bases.iter_mut()) {
                    self.expr(d)?;
                }
                for k in &mut c.keywords {
                    self.expr(&mut k.value)?;
                }
                self.stmts(&mut c.body)?;
            }
            StmtKind::Return(v) => self.opt(v)?,
            StmtKind::Delete(t) => {
                for e in t {
                    self.expr(e)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for e in targets {
                    self.expr(e)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target)?;
                if !self.keep_annotations {
                    self.expr(annotation)?;
                }
                self.opt(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                // CPython folds only a plain `for`'s list display (`async for` keeps the
                // list, which matters for its "got list" error).
                if !*is_async {
                    list_to_tuple(iter);
                }
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&mut it.context_expr)?;
                    self.opt(&mut it.optional_vars)?;
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.opt(&mut c.guard)?;
                    self.stmts(&mut c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc)?;
                self.opt(cause)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    self.opt(&mut h.type_)?;
                    self.stmts(&mut h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg)?;
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
        self.depth -= 1;
        Ok(())
    }

    fn comps(&mut self, gens: &mut [Comprehension]) -> Result<(), TooDeep> {
        for g in gens {
            self.expr(&mut g.target)?;
            self.expr(&mut g.iter)?;
            list_to_tuple(&mut g.iter);
            for i in &mut g.ifs {
                self.expr(i)?;
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &mut Expr) -> Result<(), TooDeep> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(TooDeep);
        }
        let mut replace: Option<Constant> = None;
        match &mut e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { value, .. } => self.expr(value)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                if let (Some(a), Some(b)) = (left.as_constant(), right.as_constant()) {
                    replace = binop(a, *op, b);
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                if let Some(c) = operand.as_constant() {
                    replace = unary(*op, c);
                }
            }
            ExprKind::Lambda { args, body } => {
                self.args(args)?;
                self.expr(body)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set(elts) => {
                for v in elts {
                    self.expr(v)?;
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comps(generators)?;
                self.expr(elt)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comps(generators)?;
                self.expr(key)?;
                self.expr(value)?;
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) => self.expr(v)?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                for c in comparators.iter_mut() {
                    self.expr(c)?;
                }
                if let (Some(op), Some(last)) = (ops.last(), comparators.last_mut()) {
                    if matches!(op, CmpOp::In | CmpOp::NotIn) {
                        membership_to_const(last);
                    }
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&mut k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr(vs) => {
                for v in vs {
                    self.expr(v)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                if id == "__debug__" && *ctx == Ctx::Load {
                    replace = Some(Constant::Bool(self.optimize == 0));
                }
            }
            ExprKind::List { elts, .. } => {
                for v in elts {
                    self.expr(v)?;
                }
            }
            ExprKind::Tuple { elts, ctx } => {
                for v in elts.iter_mut() {
                    self.expr(v)?;
                }
                if *ctx == Ctx::Load {
                    replace = const_tuple(elts);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for v in [lower, upper, step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        if let Some(c) = replace {
            e.kind = ExprKind::Constant(c);
        }
        self.depth -= 1;
        Ok(())
    }
}

fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    let items: Option<Vec<Constant>> = elts.iter().map(|e| e.as_constant().cloned()).collect();
    items.map(|v| Constant::Tuple(Arc::from(v)))
}

fn list_to_tuple(e: &mut Expr) {
    if let ExprKind::List { elts, .. } = &e.kind {
        if let Some(t) = const_tuple(elts) {
            e.kind = ExprKind::Constant(t);
        }
    }
}

fn membership_to_const(e: &mut Expr) {
    match &e.kind {
        ExprKind::List { elts, .. } => {
            if let Some(t) = const_tuple(elts) {
                e.kind = ExprKind::Constant(t);
            }
        }
        ExprKind::Set(elts) => {
            if let Some(Constant::Tuple(items)) = const_tuple(elts) {
                // Deduplicate while keeping the first occurrence.
                let mut out: Vec<Constant> = Vec::new();
                for c in items.iter() {
                    if !out.iter().any(|o| o.same_as(c)) {
                        out.push(c.clone());
                    }
                }
                e.kind = ExprKind::Constant(Constant::FrozenSet(Arc::from(out)));
            }
        }
        _ => {}
    }
}

fn to_big(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::BigInt(b) => Some(b.clone()),
        Constant::Bool(b) => Some(BigInt::from(i64::from(*b))),
        _ => None,
    }
}

fn from_big(b: BigInt) -> Option<Constant> {
    if b.bits() > MAX_INT_BITS {
        return None;
    }
    Some(match b.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(b),
    })
}

fn to_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) => Some(*i as f64),
        Constant::Bool(b) => Some(f64::from(u8::from(*b))),
        Constant::BigInt(b) => b.to_f64(),
        _ => None,
    }
}

fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => !b.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(a, b) => *a != 0.0 || *b != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(s) => !s.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis => true,
        Constant::Code(_) => return None,
    })
}

fn unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => truthy(c).map(|b| Constant::Bool(!b)),
        UnaryOp::USub => match c {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex(a, b) => Some(Constant::Complex(-a, -b)),
            _ => from_big(-to_big(c)?),
        },
        UnaryOp::UAdd => match c {
            Constant::Float(_) | Constant::Complex(..) => Some(c.clone()),
            _ => from_big(to_big(c)?),
        },
        UnaryOp::Invert => match c {
            Constant::Bool(_) => None, // ~True is deprecated; leave it to run time.
            _ => from_big(!to_big(c)?),
        },
    }
}

fn floor_div_mod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

fn binop(a: &Constant, op: Operator, b: &Constant) -> Option<Constant> {
    use Operator as O;
    // Sequences.
    match (a, b, op) {
        (Constant::Str(x), Constant::Str(y), O::Add) => {
            if x.len() + y.len() > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Str(Arc::from(format!("{x}{y}").as_str())));
        }
        (Constant::Bytes(x), Constant::Bytes(y), O::Add) => {
            if x.len() + y.len() > MAX_STR_SIZE {
                return None;
            }
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            return Some(Constant::Bytes(Arc::from(v)));
        }
        (Constant::Str(s), n, O::Mult) | (n, Constant::Str(s), O::Mult) => {
            let n = to_big(n)?.to_i64()?.max(0) as usize;
            if s.len().checked_mul(n)? > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Str(Arc::from(s.repeat(n).as_str())));
        }
        (Constant::Bytes(s), n, O::Mult) | (n, Constant::Bytes(s), O::Mult) => {
            let n = to_big(n)?.to_i64()?.max(0) as usize;
            if s.len().checked_mul(n)? > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Bytes(Arc::from(s.repeat(n))));
        }
        _ => {}
    }
    if matches!(
        a,
        Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_) | Constant::None
    ) || matches!(
        b,
        Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_) | Constant::None
    ) {
        return None;
    }
    // bool & | ^ bool stays a bool.
    if let (Constant::Bool(x), Constant::Bool(y)) = (a, b) {
        match op {
            O::BitAnd => return Some(Constant::Bool(*x & *y)),
            O::BitOr => return Some(Constant::Bool(*x | *y)),
            O::BitXor => return Some(Constant::Bool(*x ^ *y)),
            _ => {}
        }
    }
    // Integers.
    if let (Some(x), Some(y)) = (to_big(a), to_big(b)) {
        return match op {
            O::Add => from_big(x + y),
            O::Sub => from_big(x - y),
            O::Mult => {
                if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() > MAX_INT_BITS {
                    return None;
                }
                from_big(x * y)
            }
            O::FloorDiv => {
                if y.is_zero() {
                    return None;
                }
                from_big(floor_div_mod(&x, &y).0)
            }
            O::Mod => {
                if y.is_zero() {
                    return None;
                }
                from_big(floor_div_mod(&x, &y).1)
            }
            O::Div => {
                if y.is_zero() {
                    return None;
                }
                let (fx, fy) = (x.to_f64()?, y.to_f64()?);
                if fx.abs() > 9.0e15 || fy.abs() > 9.0e15 {
                    return None;
                }
                Some(Constant::Float(fx / fy))
            }
            O::Pow => {
                if y.is_negative() {
                    return None;
                }
                let e = y.to_u64()?;
                if !x.is_zero() && x.bits().checked_mul(e)? > MAX_INT_BITS {
                    return None;
                }
                from_big(num_traits::pow::pow(x, e as usize))
            }
            O::LShift => {
                if y.is_negative() {
                    return None;
                }
                let s = y.to_u64()?;
                if s > MAX_INT_BITS || x.bits() + s > MAX_INT_BITS {
                    return None;
                }
                from_big(x << s as usize)
            }
            O::RShift => {
                if y.is_negative() {
                    return None;
                }
                let s = y.to_u64().unwrap_or(u64::MAX).min(1 << 20);
                from_big(x >> s as usize)
            }
            O::BitAnd => from_big(x & y),
            O::BitOr => from_big(x | y),
            O::BitXor => from_big(x ^ y),
            O::MatMult => None,
        };
    }
    // Floats (no complex arithmetic).
    if matches!(a, Constant::Complex(..)) || matches!(b, Constant::Complex(..)) {
        return None;
    }
    let (x, y) = (to_float(a)?, to_float(b)?);
    let r = match op {
        O::Add => x + y,
        O::Sub => x - y,
        O::Mult => x * y,
        O::Div if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Constant::Float(r))
}
