//! The compile-time checks CPython's compiler makes on `match` patterns before it emits
//! them: an irrefutable pattern (a capture or `_`) that would make later cases or
//! alternatives unreachable, a name bound twice in one pattern, or-pattern alternatives that
//! bind different names, duplicate literal keys in a mapping pattern and repeated keyword
//! attributes in a class pattern. See docs/design/compiler.md, "Pattern matching".

use super::{Compiler, R};
use crate::ast::*;
use crate::display::const_repr;

impl Compiler<'_> {
    /// Checks case `index` of `cases` (its pattern may be irrefutable only when it is the last
    /// case or has a guard).
    pub(super) fn check_case_pattern(&mut self, cases: &[MatchCase], index: usize) -> R {
        let Some(case) = cases.get(index) else {
            return Ok(());
        };
        let allow_irrefutable = case.guard.is_some() || index + 1 == cases.len();
        let mut stores = Vec::new();
        self.check_pattern(&case.pattern, allow_irrefutable, &mut stores)
    }

    fn check_pattern(
        &mut self,
        p: &Pattern,
        allow_irrefutable: bool,
        stores: &mut Vec<String>,
    ) -> R {
        self.enter_depth()?;
        let r = self.check_pattern_inner(p, allow_irrefutable, stores);
        self.depth -= 1;
        r
    }

    fn check_store(&self, name: &str, p: &Pattern, stores: &mut Vec<String>) -> R {
        if stores.iter().any(|s| s == name) {
            return Err(self.err(
                format!("multiple assignments to name '{name}' in pattern"),
                p.loc,
            ));
        }
        stores.push(name.to_string());
        Ok(())
    }

    fn check_pattern_inner(
        &mut self,
        p: &Pattern,
        allow_irrefutable: bool,
        stores: &mut Vec<String>,
    ) -> R {
        match &p.kind {
            PatternKind::MatchValue(_) | PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !allow_irrefutable {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.err(msg, p.loc));
                }
                if let Some(n) = name {
                    self.check_store(n, p, stores)?;
                }
            }
            PatternKind::MatchAs {
                pattern: Some(sub),
                name,
            } => {
                self.check_pattern(sub, allow_irrefutable, stores)?;
                if let Some(n) = name {
                    self.check_store(n, p, stores)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.check_store(n, p, stores)?;
                }
            }
            PatternKind::MatchSequence(items) => {
                for item in items {
                    self.check_pattern(item, true, stores)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                // Literal keys, compared by their repr (CPython compares them as set
                // members, so `1` and `1.0` collide there too; that case is not caught).
                let mut seen: Vec<String> = Vec::new();
                for k in keys {
                    if let ExprKind::Constant(c) = &k.kind {
                        let r = const_repr(c);
                        if seen.contains(&r) {
                            return Err(self.err(
                                format!("mapping pattern checks duplicate key ({r})"),
                                p.loc,
                            ));
                        }
                        seen.push(r);
                    }
                }
                for sub in patterns {
                    self.check_pattern(sub, true, stores)?;
                }
                if let Some(n) = rest {
                    self.check_store(n, p, stores)?;
                }
            }
            PatternKind::MatchClass {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => {
                for (i, a) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..i].contains(a) {
                        let loc = kwd_patterns.get(i).map_or(p.loc, |kp| kp.loc);
                        return Err(self.err(
                            format!("attribute name repeated in class pattern: {a}"),
                            loc,
                        ));
                    }
                }
                for sub in patterns.iter().chain(kwd_patterns) {
                    self.check_pattern(sub, true, stores)?;
                }
            }
            PatternKind::MatchOr(alts) => {
                let mut control: Option<Vec<String>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    let last = i + 1 == alts.len();
                    let mut alt_stores = Vec::new();
                    self.check_pattern(alt, last && allow_irrefutable, &mut alt_stores)?;
                    alt_stores.sort();
                    match &control {
                        None => control = Some(alt_stores),
                        Some(c) if *c != alt_stores => {
                            return Err(
                                self.err("alternative patterns bind different names", alt.loc)
                            );
                        }
                        Some(_) => {}
                    }
                }
                for n in control.unwrap_or_default() {
                    self.check_store(&n, p, stores)?;
                }
            }
        }
        Ok(())
    }
}
