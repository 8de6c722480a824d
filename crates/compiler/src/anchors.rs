//! Traceback position anchors: where the operator of a binary operation, or the brackets of a
//! subscript, sit inside a highlighted source segment. CPython 3.11's traceback printer finds
//! them by parsing the segment; this does the same with our parser so the VM can print
//! `~~~^~~~` markers. See docs/design/exceptions.md.

use crate::ast::{ExprKind, Mod, StmtKind};
use crate::syntax;
use crate::Mode;

fn char_offset(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while b > 0 && !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// For a one-line `segment` holding a single expression statement that is a binary operation
/// or a subscript, the character offsets `(left_end, right_start)`: characters before
/// `left_end` and from `right_start` on are drawn with `~`, those between with `^`.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    if segment.contains('\n') {
        return None;
    }
    let Ok(Mod::Module(body)) = syntax::parse(segment, "<anchors>", Mode::Exec) else {
        return None;
    };
    let [stmt] = body.as_slice() else { return None };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.loc.end_col_offset as usize;
            let op_end = right.loc.col_offset as usize;
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            if op_str
                .get(offset + 1..offset + 2)
                .is_some_and(|c| !c.chars().all(char::is_whitespace))
            {
                right_anchor += 1;
            }
            Some((
                char_offset(segment, left_anchor),
                char_offset(segment, right_anchor),
            ))
        }
        ExprKind::Subscript { value, slice, .. } => Some((
            char_offset(segment, value.loc.end_col_offset as usize),
            char_offset(segment, slice.loc.end_col_offset as usize + 1),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binop_and_subscript() {
        assert_eq!(caret_anchors("a + b"), Some((2, 3)));
        assert_eq!(caret_anchors("x // y"), Some((2, 4)));
        assert_eq!(caret_anchors("d['k']"), Some((1, 6)));
        assert_eq!(caret_anchors("f(x)"), None);
        assert_eq!(caret_anchors("a +"), None);
    }
}
