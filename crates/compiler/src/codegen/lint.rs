//! The `SyntaxWarning`s CPython 3.11's compiler emits for code that is valid but almost
//! certainly a mistake: `is`/`is not` against a literal (`x is 1`) and calling a literal or
//! display (`"a" "b"()`, `[1, 2](3)`: a missing comma). See docs/design/compiler.md,
//! "Warnings".

use ferrum_bytecode::Constant;

use super::Compiler;
use crate::ast::*;

/// Whether `e` may be an operand of `is` without a warning: anything but a literal other
/// than `None`, `True`, `False` and `...`.
fn is_allowed_is_operand(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => {
            matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis)
        }
        _ => true,
    }
}

/// The type name CPython infers for a literal or display used as a callee, if it warns.
fn literal_type_name(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Constant(c) => match c {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex(..) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
            Constant::Ellipsis => "ellipsis",
            _ => return None,
        },
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        _ => return None,
    })
}

impl Compiler<'_> {
    /// Warns about `is`/`is not` with a literal operand anywhere in a comparison chain.
    pub(super) fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], rest: &[Expr]) {
        let mut l = left;
        for (op, r) in ops.iter().zip(rest) {
            let (is, neg) = match op {
                CmpOp::Is => (true, false),
                CmpOp::IsNot => (true, true),
                _ => (false, false),
            };
            if is && (!is_allowed_is_operand(l) || !is_allowed_is_operand(r)) {
                let msg = if neg {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                } else {
                    "\"is\" with a literal. Did you mean \"==\"?"
                };
                self.syntax_warning(msg, e.loc);
                return;
            }
            l = r;
        }
    }

    /// Warns when a literal or display is called.
    pub(super) fn check_caller(&mut self, e: &Expr, func: &Expr) {
        if let Some(name) = literal_type_name(func) {
            self.syntax_warning(
                format!("'{name}' object is not callable; perhaps you missed a comma?"),
                e.loc,
            );
        }
    }
}
