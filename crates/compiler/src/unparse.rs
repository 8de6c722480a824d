//! Expression unparser: renders an [`Expr`] back to source text the way CPython's compiler
//! does for postponed annotations (PEP 563, `from __future__ import annotations`).
//!
//! The output follows CPython 3.11's rules: operators get parentheses only when an operand's
//! precedence is lower than its position requires, spacing is canonical (`a + b`, `x[1:2]`,
//! `lambda x: y`), constants are rendered by their `repr` (with infinities spelled `1e309`),
//! and f-strings are rebuilt from their parts. The annotation itself is rendered at the
//! precedence of a `test`, so a tuple gets parentheses. See docs/design/compiler.md.

use ferrum_bytecode::Constant;

use crate::ast::*;
use crate::display::{const_repr, str_repr};

/// Precedence levels, lowest first (CPython's unparser order).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple = 0,
    Test,
    Or,
    And,
    Not,
    Cmp,
    Bor,
    Bxor,
    Band,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next higher level (saturating at `Atom`).
    fn up(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => Bor,
            Bor => Bxor,
            Bxor => Band,
            Band => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// Renders an annotation the way `from __future__ import annotations` stores it.
pub fn annotation(e: &Expr) -> String {
    annotation_with(e, &|_| false)
}

/// [`annotation`], with `u_prefix` telling whether the str literal at a location was written
/// with a `u` prefix (CPython keeps it: `u'x'`).
pub fn annotation_with(e: &Expr, u_prefix: &dyn Fn(Loc) -> bool) -> String {
    let mut out = Out::new(u_prefix);
    expr(&mut out, e, Prec::Test);
    out.text
}

/// Renders an expression at the lowest precedence (a bare tuple has no parentheses).
pub fn unparse(e: &Expr) -> String {
    let mut out = Out::new(&|_| false);
    expr(&mut out, e, Prec::Tuple);
    out.text
}

/// The text being built, and how to find `u` prefixes.
struct Out<'u> {
    text: String,
    u_prefix: &'u dyn Fn(Loc) -> bool,
}

impl<'u> Out<'u> {
    fn new(u_prefix: &'u dyn Fn(Loc) -> bool) -> Out<'u> {
        Out {
            text: String::new(),
            u_prefix,
        }
    }
}

impl std::ops::Deref for Out<'_> {
    type Target = String;
    fn deref(&self) -> &String {
        &self.text
    }
}

impl std::ops::DerefMut for Out<'_> {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.text
    }
}

fn open(out: &mut Out<'_>, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut Out<'_>, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn seq(out: &mut Out<'_>, items: &[Expr], level: Prec) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn binop_info(op: Operator) -> (&'static str, Prec) {
    use Operator::*;
    match op {
        Add => (" + ", Prec::Arith),
        Sub => (" - ", Prec::Arith),
        Mult => (" * ", Prec::Term),
        MatMult => (" @ ", Prec::Term),
        Div => (" / ", Prec::Term),
        Mod => (" % ", Prec::Term),
        FloorDiv => (" // ", Prec::Term),
        LShift => (" << ", Prec::Shift),
        RShift => (" >> ", Prec::Shift),
        BitOr => (" | ", Prec::Bor),
        BitXor => (" ^ ", Prec::Bxor),
        BitAnd => (" & ", Prec::Band),
        Pow => (" ** ", Prec::Power),
    }
}

fn cmp_str(op: CmpOp) -> &'static str {
    use CmpOp::*;
    match op {
        Eq => " == ",
        NotEq => " != ",
        Lt => " < ",
        LtE => " <= ",
        Gt => " > ",
        GtE => " >= ",
        Is => " is ",
        IsNot => " is not ",
        In => " in ",
        NotIn => " not in ",
    }
}

/// `repr` of a constant with infinities written as an overflowing literal.
fn constant(out: &mut Out<'_>, c: &Constant) {
    match c {
        Constant::Ellipsis => out.push_str("..."),
        Constant::Float(_) | Constant::Complex(..) => {
            out.push_str(&const_repr(c).replace("inf", "1e309"));
        }
        Constant::Tuple(items) => {
            // Only produced by folding, which annotations skip; render as a tuple display.
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(out, item);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        _ => out.push_str(&const_repr(c)),
    }
}

fn comprehensions(out: &mut Out<'_>, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.up());
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Prec::Test.up());
        }
    }
}

fn arg(out: &mut Out<'_>, a: &Arg) {
    out.push_str(&a.arg);
    if let Some(ann) = &a.annotation {
        out.push_str(": ");
        expr(out, ann, Prec::Test);
    }
}

fn arguments(out: &mut Out<'_>, a: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut Out<'_>| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = a.posonlyargs.len() + a.args.len();
    for (i, p) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        sep(out);
        arg(out, p);
        if let Some(d) = (i + a.defaults.len())
            .checked_sub(npos)
            .and_then(|di| a.defaults.get(di))
        {
            out.push('=');
            expr(out, d, Prec::Test);
        }
        if !a.posonlyargs.is_empty() && i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            arg(out, v);
        }
    }
    for (i, k) in a.kwonlyargs.iter().enumerate() {
        sep(out);
        arg(out, k);
        if let Some(Some(d)) = a.kw_defaults.get(i) {
            out.push('=');
            expr(out, d, Prec::Test);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        arg(out, k);
    }
}

/// The text of an f-string's parts, braces in literal text doubled.
fn fstring_body(out: &mut Out<'_>, values: &[Expr]) {
    for v in values {
        fstring_element(out, v);
    }
}

fn fstring_element(out: &mut Out<'_>, e: &Expr) {
    match &e.kind {
        ExprKind::Constant(Constant::Str(s)) => {
            for ch in s.chars() {
                match ch {
                    '{' => out.push_str("{{"),
                    '}' => out.push_str("}}"),
                    c => out.push(c),
                }
            }
        }
        ExprKind::JoinedStr(values) => fstring_body(out, values),
        ExprKind::FormattedValue { .. } => formatted_value(out, e),
        _ => expr(out, e, Prec::Test),
    }
}

fn formatted_value(out: &mut Out<'_>, e: &Expr) {
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &e.kind
    else {
        return;
    };
    let mut inner = Out::new(out.u_prefix);
    expr(&mut inner, value, Prec::Test.up());
    out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
    out.push_str(&inner);
    match u8::try_from(*conversion) {
        Ok(b's') => out.push_str("!s"),
        Ok(b'r') => out.push_str("!r"),
        Ok(b'a') => out.push_str("!a"),
        _ => {}
    }
    if let Some(spec) = format_spec {
        out.push(':');
        fstring_element(out, spec);
    }
    out.push('}');
}

fn expr(out: &mut Out<'_>, e: &Expr, level: Prec) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (s, pr) = match op {
                BoolOp::And => (" and ", Prec::And),
                BoolOp::Or => (" or ", Prec::Or),
            };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                expr(out, v, pr.up());
            }
            close(out, level > pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > Prec::Tuple);
            expr(out, target, Prec::Atom);
            out.push_str(" := ");
            expr(out, value, Prec::Atom);
            close(out, level > Prec::Tuple);
        }
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = binop_info(*op);
            let rassoc = *op == Operator::Pow;
            open(out, level > pr);
            expr(out, left, if rassoc { pr.up() } else { pr });
            out.push_str(s);
            expr(out, right, if rassoc { pr } else { pr.up() });
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::UAdd => ("+", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
            };
            open(out, level > pr);
            out.push_str(s);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > Prec::Test);
            let npos = args.args.len() + args.posonlyargs.len();
            out.push_str(if npos > 0 { "lambda " } else { "lambda" });
            arguments(out, args);
            out.push_str(": ");
            expr(out, body, Prec::Test);
            close(out, level > Prec::Test);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > Prec::Test);
            expr(out, body, Prec::Test.up());
            out.push_str(" if ");
            expr(out, test, Prec::Test.up());
            out.push_str(" else ");
            expr(out, orelse, Prec::Test);
            close(out, level > Prec::Test);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::Bor);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, elts, Prec::Test);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, Prec::Test);
            out.push_str(": ");
            expr(out, value, Prec::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await(v) => {
            open(out, level > Prec::Await);
            out.push_str("await ");
            expr(out, v, Prec::Atom);
            close(out, level > Prec::Await);
        }
        ExprKind::Yield(v) => match v {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, Prec::Test);
                out.push(')');
            }
        },
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, Prec::Test);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level > Prec::Cmp);
            expr(out, left, Prec::Cmp.up());
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmp_str(*op));
                expr(out, c, Prec::Cmp.up());
            }
            close(out, level > Prec::Cmp);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, Prec::Atom);
            if let ([only], []) = (args.as_slice(), keywords.as_slice()) {
                if matches!(only.kind, ExprKind::GeneratorExp { .. }) {
                    expr(out, only, Prec::Test);
                    return;
                }
            }
            out.push('(');
            seq(out, args, Prec::Test);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } => formatted_value(out, e),
        ExprKind::JoinedStr(values) => {
            let mut body = Out::new(out.u_prefix);
            fstring_body(&mut body, values);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(c) => {
            if matches!(c, Constant::Str(_)) && (out.u_prefix)(e.loc) {
                out.push('u');
            }
            constant(out, c)
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, Prec::Atom);
            let int_base = matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            );
            out.push_str(if int_base { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, Prec::Atom);
            out.push('[');
            expr(out, slice, Prec::Tuple);
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, Prec::Bor);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts, Prec::Test);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > Prec::Tuple);
            seq(out, elts, Prec::Test);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, level > Prec::Tuple);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Prec::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Prec::Test);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax;
    use crate::Mode;

    /// Parses `src` as an expression and unparses it as an annotation.
    fn ann(src: &str) -> String {
        match syntax::parse(src, "<t>", Mode::Eval) {
            Ok(Mod::Expression(e)) => annotation(&e),
            other => panic!("parse failed: {other:?}"),
        }
    }

    #[test]
    fn names_attributes_subscripts() {
        assert_eq!(ann("list[str]"), "list[str]");
        assert_eq!(ann("a.b.c"), "a.b.c");
        assert_eq!(ann("Callable[[int], str]"), "Callable[[int], str]");
        assert_eq!(ann("x[a,]"), "x[a,]");
        assert_eq!(ann("x[()]"), "x[()]");
        assert_eq!(ann("x[1:2, ::3]"), "x[1:2, ::3]");
        assert_eq!(ann("a[::]"), "a[:]");
        assert_eq!(ann("1 .real"), "1 .real");
        assert_eq!(ann("f(a)(b)[c].d"), "f(a)(b)[c].d");
    }

    #[test]
    fn operators_and_parentheses() {
        assert_eq!(ann("x | None"), "x | None");
        assert_eq!(ann("2 ** -1"), "2 ** (-1)");
        assert_eq!(ann("-x ** 2"), "-x ** 2");
        assert_eq!(ann("(a ** b) ** c"), "(a ** b) ** c");
        assert_eq!(ann("a - (b - c)"), "a - (b - c)");
        assert_eq!(ann("-(-a)"), "--a");
        assert_eq!(ann("not (a and b)"), "not (a and b)");
        assert_eq!(ann("a and (b or c)"), "a and (b or c)");
        assert_eq!(
            ann("(a if b else c) if d else e"),
            "(a if b else c) if d else e"
        );
        assert_eq!(ann("a  <b<c"), "a < b < c");
        assert_eq!(ann("(a, b)"), "(a, b)");
        assert_eq!(ann("(a,)"), "(a,)");
    }

    #[test]
    fn lambdas_and_comprehensions() {
        assert_eq!(ann("lambda *a: 1"), "lambda*a: 1");
        assert_eq!(
            ann("lambda a, b=1, /, c=2, *d, e, f=3, **g: a"),
            "lambda a, b=1, /, c=2, *d, e, f=3, **g: a"
        );
        assert_eq!(ann("lambda: (y := 1)"), "lambda: (y := 1)");
        assert_eq!(ann("[i for i in y if i]"), "[i for i in y if i]");
        assert_eq!(ann("{k: v for k, v in x}"), "{k: v for k, v in x}");
        assert_eq!(ann("f(x for x in y)"), "f(x for x in y)");
        assert_eq!(ann("f(*a, **k, b=1)"), "f(*a, **k, b=1)");
    }

    #[test]
    fn constants_and_fstrings() {
        assert_eq!(ann("'quoted'"), "'quoted'");
        assert_eq!(ann("\"it's\""), "\"it's\"");
        assert_eq!(ann("1e400"), "1e309");
        assert_eq!(ann("1e400j"), "1e309j");
        assert_eq!(ann("0xff"), "255");
        assert_eq!(ann("..."), "...");
        assert_eq!(ann("f\"x{y!r:>{w}} {{z}}\""), "f'x{y!r:>{w}} {{z}}'");
        assert_eq!(ann("f'{ {1} }'"), "f'{ {1}}'");
        assert_eq!(ann("f'{x=}'"), "f'x={x!r}'");
    }

    #[test]
    fn u_prefix_comes_from_the_lookup() {
        let Ok(Mod::Expression(e)) = syntax::parse("x[u'k', 'j']", "<t>", Mode::Eval) else {
            panic!("parse failed");
        };
        assert_eq!(
            annotation_with(&e, &|loc| loc.col_offset == 2),
            "x[u'k', 'j']"
        );
        assert_eq!(annotation(&e), "x['k', 'j']");
    }
}
