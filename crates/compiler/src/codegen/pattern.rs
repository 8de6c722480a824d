//! `match` statements: each case copies the subject and runs its pattern, which consumes the
//! copy on success and, on failure, jumps to the case's failure label after popping whatever
//! it pushed (through small per-depth "trampoline" blocks placed after the case body).
//! Uses `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS` and `GET_LEN` as
//! CPython does; the stack discipline is our own. See docs/design/compiler.md.

use std::collections::BTreeMap;

use ferrum_bytecode::instructions::compare_oparg;
use ferrum_bytecode::{Constant, Opcode};

use super::{Compiler, R};
use crate::ast::*;
use crate::flowgraph::Label;

/// Failure exits of the case being compiled: for each (target, items to pop) one trampoline.
#[derive(Default)]
pub(super) struct Fails {
    pending: BTreeMap<(u32, usize), Label>,
}

impl<'a> Compiler<'a> {
    /// A label that pops `pop` stack items, then jumps to `target`.
    fn fail_label(&mut self, fails: &mut Fails, target: Label, pop: usize) -> Label {
        if pop == 0 {
            return target;
        }
        if let Some(l) = fails.pending.get(&(target.0, pop)) {
            return *l;
        }
        let l = self.new_label();
        fails.pending.insert((target.0, pop), l);
        l
    }

    /// Emits the trampolines requested so far (must not be reachable by fall-through).
    fn emit_fails(&mut self, fails: &mut Fails) {
        let pending = std::mem::take(&mut fails.pending);
        for ((target, pop), l) in pending {
            self.use_label(l);
            for _ in 0..pop {
                self.emit(Opcode::PopTop);
            }
            self.jump_noloc(Label(target));
        }
    }

    pub(super) fn match_stmt_impl(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            self.check_case_pattern(cases, i)?;
            let next = self.new_label();
            let mut fails = Fails::default();
            self.set_loc(case.pattern.loc);
            self.emit_raw(Opcode::Copy, 1);
            // Depth counts items above the subject; the copy is item 1.
            self.pattern(&case.pattern, &mut fails, next, 0, 1)?;
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut fails, next, 0);
                self.jump_if(g, fail, false)?;
            }
            self.emit(Opcode::PopTop);
            self.stmts(&case.body)?;
            self.jump_noloc(end);
            self.emit_fails(&mut fails);
            self.use_label(next);
        }
        self.emit(Opcode::PopTop);
        self.use_label(end);
        Ok(())
    }

    /// Matches the value on top of the stack (`depth` items are above the subject, `base`
    /// of which belong to the enclosing failure target).
    fn pattern(
        &mut self,
        p: &'a Pattern,
        fails: &mut Fails,
        fail: Label,
        base: usize,
        depth: usize,
    ) -> R {
        self.enter_depth()?;
        let saved = self.set_loc(p.loc);
        let r = self.pattern_inner(p, fails, fail, base, depth);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn jump_fail_if_false(&mut self, fails: &mut Fails, fail: Label, pop: usize) {
        let l = self.fail_label(fails, fail, pop);
        self.jump_to(Opcode::PopJumpIfFalse, l);
    }

    fn pattern_inner(
        &mut self,
        p: &'a Pattern,
        fails: &mut Fails,
        fail: Label,
        base: usize,
        depth: usize,
    ) -> R {
        match &p.kind {
            PatternKind::MatchAs {
                pattern: None,
                name: None,
            } => {
                self.emit(Opcode::PopTop);
            }
            PatternKind::MatchAs {
                pattern: None,
                name: Some(n),
            } => {
                self.nameop(n, Ctx::Store)?;
            }
            PatternKind::MatchAs {
                pattern: Some(sub),
                name,
            } => match name {
                Some(n) => {
                    self.emit_raw(Opcode::Copy, 1);
                    self.pattern(sub, fails, fail, base, depth + 1)?;
                    self.nameop(n, Ctx::Store)?;
                }
                None => self.pattern(sub, fails, fail, base, depth)?,
            },
            PatternKind::MatchValue(e) => {
                self.expr(e)?;
                self.emit_raw(Opcode::CompareOp, compare_oparg(2, true));
                self.jump_fail_if_false(fails, fail, depth - 1 - base);
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(c.clone());
                self.emit_raw(Opcode::IsOp, 0);
                self.jump_fail_if_false(fails, fail, depth - 1 - base);
            }
            PatternKind::MatchStar(_) => {
                return Err(self.err("can't use starred name here", p.loc));
            }
            PatternKind::MatchOr(alts) => {
                let success = self.new_label();
                let last = alts.len().saturating_sub(1);
                for (i, alt) in alts.iter().enumerate() {
                    if i == last {
                        self.pattern(alt, fails, fail, base, depth)?;
                        break;
                    }
                    let next_alt = self.new_label();
                    self.emit_raw(Opcode::Copy, 1);
                    // Failure of this alternative leaves the original value (depth items).
                    let mut local = Fails::default();
                    self.pattern(alt, &mut local, next_alt, depth, depth + 1)?;
                    self.emit(Opcode::PopTop);
                    self.jump_noloc(success);
                    self.emit_fails(&mut local);
                    self.use_label(next_alt);
                }
                self.use_label(success);
            }
            PatternKind::MatchSequence(items) => {
                let star = items
                    .iter()
                    .position(|x| matches!(x.kind, PatternKind::MatchStar(_)));
                if items
                    .iter()
                    .filter(|x| matches!(x.kind, PatternKind::MatchStar(_)))
                    .count()
                    > 1
                {
                    return Err(self.err("multiple starred names in sequence pattern", p.loc));
                }
                self.emit(Opcode::MatchSequence);
                self.jump_fail_if_false(fails, fail, depth - base);
                self.emit(Opcode::GetLen);
                let n = items.len();
                match star {
                    Some(_) => {
                        self.load_const(Constant::Int(n as i64 - 1));
                        self.emit_raw(Opcode::CompareOp, compare_oparg(5, true));
                    }
                    None => {
                        self.load_const(Constant::Int(n as i64));
                        self.emit_raw(Opcode::CompareOp, compare_oparg(2, true));
                    }
                }
                self.jump_fail_if_false(fails, fail, depth - base);
                match star {
                    Some(s) => {
                        let after = n - 1 - s;
                        self.emit_raw(Opcode::UnpackEx, (s | (after << 8)) as u32);
                    }
                    None => self.emit_raw(Opcode::UnpackSequence, n as u32),
                }
                // The value is replaced by its `n` items, first on top.
                let mut d = depth - 1 + n;
                for item in items {
                    match &item.kind {
                        PatternKind::MatchStar(Some(name)) => self.nameop(name, Ctx::Store)?,
                        PatternKind::MatchStar(None) => self.emit(Opcode::PopTop),
                        _ => self.pattern(item, fails, fail, base, d)?,
                    }
                    d -= 1;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.emit(Opcode::MatchMapping);
                self.jump_fail_if_false(fails, fail, depth - base);
                if !keys.is_empty() {
                    self.emit(Opcode::GetLen);
                    self.load_const(Constant::Int(keys.len() as i64));
                    self.emit_raw(Opcode::CompareOp, compare_oparg(5, true));
                    self.jump_fail_if_false(fails, fail, depth - base);
                }
                for k in keys {
                    self.expr(k)?;
                }
                self.emit_raw(Opcode::BuildTuple, keys.len() as u32);
                self.emit(Opcode::MatchKeys);
                // [value, keys, values-or-None]
                self.emit_raw(Opcode::Copy, 1);
                let l = self.fail_label(fails, fail, depth + 2 - base);
                self.jump_to(Opcode::PopJumpIfNone, l);
                self.emit_raw(Opcode::UnpackSequence, keys.len() as u32);
                let mut d = depth + 1 + keys.len();
                for sub in patterns {
                    self.pattern(sub, fails, fail, base, d)?;
                    d -= 1;
                }
                // [value, keys]
                match rest {
                    Some(name) => {
                        // rest = dict(value) minus the matched keys.
                        self.emit(Opcode::PopTop);
                        self.emit_raw(Opcode::BuildMap, 0);
                        self.emit_raw(Opcode::Swap, 2);
                        self.emit_raw(Opcode::DictUpdate, 1);
                        for k in keys {
                            self.emit_raw(Opcode::Copy, 1);
                            self.expr(k)?;
                            self.emit(Opcode::DeleteSubscr);
                        }
                        self.nameop(name, Ctx::Store)?;
                    }
                    None => {
                        self.emit(Opcode::PopTop);
                        self.emit(Opcode::PopTop);
                    }
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names: Vec<Constant> = kwd_attrs
                    .iter()
                    .map(|a| Constant::Str(a.as_str().into()))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                self.emit_raw(Opcode::MatchClass, patterns.len() as u32);
                // The value is replaced by a tuple of attributes, or None.
                self.emit_raw(Opcode::Copy, 1);
                let l = self.fail_label(fails, fail, depth - base);
                self.jump_to(Opcode::PopJumpIfNone, l);
                let n = patterns.len() + kwd_patterns.len();
                self.emit_raw(Opcode::UnpackSequence, n as u32);
                let mut d = depth - 1 + n;
                for sub in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(sub, fails, fail, base, d)?;
                    d -= 1;
                }
            }
        }
        Ok(())
    }
}
