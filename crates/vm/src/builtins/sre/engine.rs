//! The `_sre` matcher: runs the code list that CPython's `re/_compiler.py` emits against a
//! text given as code points (a str) or byte values (bytes-like). It is a backtracking
//! machine with no Rust recursion: choice points live on an explicit stack (`bt`), every
//! change to the marks, the repeat stack and the sub-match stack is logged on a trail
//! (`trail`) and undone when a choice point is resumed, and sub-matches (look-arounds, atomic
//! groups, possessive repeats) are entries of a context stack closed by their SUCCESS op.
//! See docs/design/stdlib-bridge.md (section `_sre`).

use super::chars::{
    category, is_word, lower_ascii, lower_locale, lower_unicode, upper_locale, upper_unicode,
    Flavour,
};

/// Opcode numbers (`re._constants.OPCODES` order, MAGIC 20220615).
pub mod op {
    pub const FAILURE: u32 = 0;
    pub const SUCCESS: u32 = 1;
    pub const ANY: u32 = 2;
    pub const ANY_ALL: u32 = 3;
    pub const ASSERT: u32 = 4;
    pub const ASSERT_NOT: u32 = 5;
    pub const AT: u32 = 6;
    pub const BRANCH: u32 = 7;
    pub const CATEGORY: u32 = 8;
    pub const CHARSET: u32 = 9;
    pub const BIGCHARSET: u32 = 10;
    pub const GROUPREF: u32 = 11;
    pub const GROUPREF_EXISTS: u32 = 12;
    pub const IN: u32 = 13;
    pub const INFO: u32 = 14;
    pub const JUMP: u32 = 15;
    pub const LITERAL: u32 = 16;
    pub const MARK: u32 = 17;
    pub const MAX_UNTIL: u32 = 18;
    pub const MIN_UNTIL: u32 = 19;
    pub const NOT_LITERAL: u32 = 20;
    pub const NEGATE: u32 = 21;
    pub const RANGE: u32 = 22;
    pub const REPEAT: u32 = 23;
    pub const REPEAT_ONE: u32 = 24;
    pub const MIN_REPEAT_ONE: u32 = 26;
    pub const ATOMIC_GROUP: u32 = 27;
    pub const POSSESSIVE_REPEAT: u32 = 28;
    pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
    pub const GROUPREF_IGNORE: u32 = 30;
    pub const IN_IGNORE: u32 = 31;
    pub const LITERAL_IGNORE: u32 = 32;
    pub const NOT_LITERAL_IGNORE: u32 = 33;
    pub const GROUPREF_LOC_IGNORE: u32 = 34;
    pub const IN_LOC_IGNORE: u32 = 35;
    pub const LITERAL_LOC_IGNORE: u32 = 36;
    pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
    pub const GROUPREF_UNI_IGNORE: u32 = 38;
    pub const IN_UNI_IGNORE: u32 = 39;
    pub const LITERAL_UNI_IGNORE: u32 = 40;
    pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
    pub const RANGE_UNI_IGNORE: u32 = 42;
}

/// `MAXREPEAT`: a repeat bound meaning "unbounded".
pub const MAXREPEAT: u32 = u32::MAX;

/// The code list is malformed (a Python program can pass any list to `_sre.compile`).
#[derive(Debug)]
pub struct InvalidCode;

type R<T> = Result<T, InvalidCode>;

/// What a successful match found.
pub struct Found {
    /// Where the match started.
    pub start: usize,
    /// Where it ended.
    pub end: usize,
    /// The marks (two per group, `-1` when unset).
    pub marks: Vec<isize>,
    /// The last closed group (`-1` for none).
    pub lastindex: isize,
}

/// The inputs of one match attempt.
pub struct Job<'a> {
    /// The compiled code.
    pub code: &'a [u32],
    /// The whole text.
    pub text: &'a [u32],
    /// Where matching may start.
    pub start: usize,
    /// The (clamped) end of the text to consider.
    pub end: usize,
    /// `fullmatch`: the match must reach `end`.
    pub match_all: bool,
    /// The match must not be empty at `start` (after an empty match in an iteration).
    pub must_advance: bool,
    /// Number of marks (twice the number of groups).
    pub nmarks: usize,
}

/// A state change to undo on backtracking.
enum Undo {
    Mark(usize, isize),
    LastIndex(isize),
    RepPush,
    RepPop(Rep),
    RepSet(usize, Rep),
    CtxPush,
    CtxPop(Ctx),
    CtxSet(usize, Ctx),
}

/// A REPEAT in progress (for MAX_UNTIL/MIN_UNTIL).
#[derive(Clone, Copy)]
struct Rep {
    /// Index of the REPEAT op.
    pc: usize,
    /// Iterations done (-1 before the first UNTIL).
    count: i64,
    /// Where the last iteration started (to stop empty iterations).
    last_pos: Option<usize>,
}

/// A sub-match in progress; its SUCCESS op closes it.
#[derive(Clone, Copy)]
enum Ctx {
    /// Positive look-ahead/behind: on success go to `cont` at `pos`.
    Assert { cont: usize, pos: usize, bt: usize },
    /// Negative look-around: success fails the enclosing match; failure goes on at `cont`.
    AssertNot { cont: usize, pos: usize, bt: usize },
    /// Atomic group: on success drop the inner choice points and go to `cont`.
    Atomic { cont: usize, bt: usize },
    /// Possessive repeat: each iteration is atomic.
    Possessive {
        op_pc: usize,
        count: u32,
        iter_start: usize,
        bt: usize,
    },
}

/// A choice point.
enum Choice {
    /// Try the BRANCH alternative whose skip word is at `alt`.
    Branch {
        alt: usize,
        pos: usize,
        trail: usize,
    },
    /// Greedy REPEAT_ONE: retry the tail with fewer items.
    Greedy {
        tail: usize,
        start: usize,
        count: usize,
        min: usize,
        trail: usize,
    },
    /// Lazy MIN_REPEAT_ONE: retry the tail after one more item.
    Lazy {
        item: usize,
        tail: usize,
        pos: usize,
        count: usize,
        max: u32,
        trail: usize,
    },
    /// MAX_UNTIL: the extra iteration failed, run the tail.
    UntilTail {
        tail: usize,
        pos: usize,
        trail: usize,
    },
    /// MIN_UNTIL: the tail failed, run one more iteration.
    MinUntilBody { pos: usize, trail: usize },
    /// The boundary of a sub-match (ASSERT, ASSERT_NOT, ATOMIC_GROUP).
    Barrier { trail: usize },
    /// Possessive repeat: the next iteration failed; finish at `pos`.
    PossStop { pos: usize, trail: usize },
}

struct Machine<'a> {
    code: &'a [u32],
    text: &'a [u32],
    end: usize,
    start: usize,
    match_all: bool,
    must_advance: bool,
    marks: Vec<isize>,
    lastindex: isize,
    trail: Vec<Undo>,
    bt: Vec<Choice>,
    ctx: Vec<Ctx>,
    reps: Vec<Rep>,
}

fn at(code: &[u32], i: usize) -> R<u32> {
    code.get(i).copied().ok_or(InvalidCode)
}

fn uz(v: u32) -> usize {
    v as usize
}

/// Whether `c` is in the set whose first item is at `pc` (IN's operand list).
fn in_set(code: &[u32], mut pc: usize, c: u32) -> R<bool> {
    let mut ok = true;
    loop {
        match at(code, pc)? {
            op::FAILURE => return Ok(!ok),
            op::LITERAL => {
                if c == at(code, pc + 1)? {
                    return Ok(ok);
                }
                pc += 2;
            }
            op::CATEGORY => {
                if category(at(code, pc + 1)?, c).ok_or(InvalidCode)? {
                    return Ok(ok);
                }
                pc += 2;
            }
            op::CHARSET => {
                if c < 256 && at(code, pc + 1 + uz(c >> 5))? & (1 << (c & 31)) != 0 {
                    return Ok(ok);
                }
                pc += 9;
            }
            op::RANGE => {
                if at(code, pc + 1)? <= c && c <= at(code, pc + 2)? {
                    return Ok(ok);
                }
                pc += 3;
            }
            op::RANGE_UNI_IGNORE => {
                let (lo, hi) = (at(code, pc + 1)?, at(code, pc + 2)?);
                let u = upper_unicode(c);
                if (lo <= c && c <= hi) || (lo <= u && u <= hi) {
                    return Ok(ok);
                }
                pc += 3;
            }
            op::NEGATE => {
                ok = !ok;
                pc += 1;
            }
            op::BIGCHARSET => {
                let count = uz(at(code, pc + 1)?);
                if c < 65536 {
                    let hi = uz(c >> 8);
                    let word = at(code, pc + 2 + hi / 4)?;
                    let block = uz((word >> ((hi % 4) * 8)) & 0xff);
                    let lo = c & 255;
                    let bits = at(code, pc + 2 + 64 + block * 8 + uz(lo >> 5))?;
                    if bits & (1 << (lo & 31)) != 0 {
                        return Ok(ok);
                    }
                }
                pc += 2 + 64 + count * 8;
            }
            _ => return Err(InvalidCode),
        }
    }
}

/// Whether the single-character op at `pc` accepts `c`.
fn match_one(code: &[u32], pc: usize, c: u32) -> R<bool> {
    let arg = || at(code, pc + 1);
    Ok(match at(code, pc)? {
        op::ANY => c != 10,
        op::ANY_ALL => true,
        op::LITERAL => c == arg()?,
        op::NOT_LITERAL => c != arg()?,
        op::LITERAL_IGNORE => lower_ascii(c) == arg()?,
        op::NOT_LITERAL_IGNORE => lower_ascii(c) != arg()?,
        op::LITERAL_UNI_IGNORE => lower_unicode(c) == arg()?,
        op::NOT_LITERAL_UNI_IGNORE => lower_unicode(c) != arg()?,
        op::LITERAL_LOC_IGNORE => loc_eq(c, arg()?),
        op::NOT_LITERAL_LOC_IGNORE => !loc_eq(c, arg()?),
        op::CATEGORY => category(arg()?, c).ok_or(InvalidCode)?,
        op::IN => in_set(code, pc + 2, c)?,
        op::IN_IGNORE => in_set(code, pc + 2, lower_ascii(c))?,
        op::IN_UNI_IGNORE => in_set(code, pc + 2, lower_unicode(c))?,
        op::IN_LOC_IGNORE => {
            in_set(code, pc + 2, c)?
                || in_set(code, pc + 2, lower_locale(c))?
                || in_set(code, pc + 2, upper_locale(c))?
        }
        _ => return Err(InvalidCode),
    })
}

fn loc_eq(c: u32, p: u32) -> bool {
    c == p || lower_locale(c) == p || upper_locale(c) == p
}

/// Length in code words of the single-character op at `pc`.
fn one_len(code: &[u32], pc: usize) -> R<usize> {
    Ok(match at(code, pc)? {
        op::ANY | op::ANY_ALL => 1,
        op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => 1 + uz(at(code, pc + 1)?),
        _ => 2,
    })
}

impl Machine<'_> {
    fn ch(&self, pos: usize) -> u32 {
        self.text.get(pos).copied().unwrap_or(0)
    }

    /// How many items (single-character op at `item`) match from `pos`, at most `max`.
    fn count(&self, item: usize, pos: usize, max: usize) -> R<usize> {
        let limit = self.end.saturating_sub(pos).min(max);
        // Fast paths for the common items.
        match at(self.code, item)? {
            op::ANY_ALL => return Ok(limit),
            op::LITERAL => {
                let c = at(self.code, item + 1)?;
                return Ok(self
                    .text
                    .get(pos..pos + limit)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|&&x| x == c)
                    .count());
            }
            _ => {}
        }
        let mut n = 0;
        while n < limit && match_one(self.code, item, self.ch(pos + n))? {
            n += 1;
        }
        Ok(n)
    }

    fn set_mark(&mut self, i: usize, pos: usize) -> R<()> {
        let old = *self.marks.get(i).ok_or(InvalidCode)?;
        self.trail.push(Undo::Mark(i, old));
        if let Some(m) = self.marks.get_mut(i) {
            *m = pos as isize;
        }
        if i % 2 == 1 {
            self.trail.push(Undo::LastIndex(self.lastindex));
            self.lastindex = (i / 2 + 1) as isize;
        }
        Ok(())
    }

    fn push_rep(&mut self, r: Rep) {
        self.reps.push(r);
        self.trail.push(Undo::RepPush);
    }

    fn pop_rep(&mut self) -> R<Rep> {
        let r = self.reps.pop().ok_or(InvalidCode)?;
        self.trail.push(Undo::RepPop(r));
        Ok(r)
    }

    fn set_rep(&mut self, r: Rep) -> R<()> {
        let i = self.reps.len().checked_sub(1).ok_or(InvalidCode)?;
        let old = std::mem::replace(self.reps.get_mut(i).ok_or(InvalidCode)?, r);
        self.trail.push(Undo::RepSet(i, old));
        Ok(())
    }

    fn push_ctx(&mut self, c: Ctx) {
        self.ctx.push(c);
        self.trail.push(Undo::CtxPush);
    }

    fn pop_ctx(&mut self) -> R<Ctx> {
        let c = self.ctx.pop().ok_or(InvalidCode)?;
        self.trail.push(Undo::CtxPop(c));
        Ok(c)
    }

    fn set_ctx(&mut self, c: Ctx) -> R<()> {
        let i = self.ctx.len().checked_sub(1).ok_or(InvalidCode)?;
        let old = std::mem::replace(self.ctx.get_mut(i).ok_or(InvalidCode)?, c);
        self.trail.push(Undo::CtxSet(i, old));
        Ok(())
    }

    /// Undoes the trail down to `len`.
    fn undo(&mut self, len: usize) {
        while self.trail.len() > len {
            let Some(u) = self.trail.pop() else { break };
            match u {
                Undo::Mark(i, old) => {
                    if let Some(m) = self.marks.get_mut(i) {
                        *m = old;
                    }
                }
                Undo::LastIndex(old) => self.lastindex = old,
                Undo::RepPush => {
                    self.reps.pop();
                }
                Undo::RepPop(r) => self.reps.push(r),
                Undo::RepSet(i, r) => {
                    if let Some(slot) = self.reps.get_mut(i) {
                        *slot = r;
                    }
                }
                Undo::CtxPush => {
                    self.ctx.pop();
                }
                Undo::CtxPop(c) => self.ctx.push(c),
                Undo::CtxSet(i, c) => {
                    if let Some(slot) = self.ctx.get_mut(i) {
                        *slot = c;
                    }
                }
            }
        }
    }

    /// Whether the position test `AT code` holds at `pos`.
    fn at_test(&self, code: u32, pos: usize) -> R<bool> {
        let end = self.end;
        let prev = |p: usize| if p > 0 { Some(self.ch(p - 1)) } else { None };
        let boundary = |fl: Flavour| {
            if end == 0 {
                return None;
            }
            let that = prev(pos).is_some_and(|c| is_word(c, fl));
            let this = pos < end && is_word(self.ch(pos), fl);
            Some(that != this)
        };
        Ok(match code {
            0 | 2 => pos == 0,
            1 => pos == 0 || prev(pos) == Some(10),
            3 => boundary(Flavour::Ascii).unwrap_or(false),
            4 => boundary(Flavour::Ascii).is_some_and(|b| !b),
            5 => pos == end || (pos + 1 == end && self.ch(pos) == 10),
            6 => pos == end || self.ch(pos) == 10,
            7 => pos == end,
            8 => boundary(Flavour::Locale).unwrap_or(false),
            9 => boundary(Flavour::Locale).is_some_and(|b| !b),
            10 => boundary(Flavour::Unicode).unwrap_or(false),
            11 => boundary(Flavour::Unicode).is_some_and(|b| !b),
            _ => return Err(InvalidCode),
        })
    }

    /// The span of group `g` if it matched.
    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let a = *self.marks.get(2 * g)?;
        let b = *self.marks.get(2 * g + 1)?;
        (a >= 0 && b >= a).then_some((a as usize, b as usize))
    }

    /// Largest count in `min..=count` whose tail may start (a LITERAL tail must see its char).
    fn greedy_count(
        &self,
        tail: usize,
        start: usize,
        mut count: usize,
        min: usize,
    ) -> Option<usize> {
        if self.code.get(tail) == Some(&op::LITERAL) {
            let c = self.code.get(tail + 1).copied()?;
            loop {
                let p = start + count;
                if p < self.end && self.ch(p) == c {
                    return Some(count);
                }
                if count == min {
                    return None;
                }
                count -= 1;
            }
        }
        Some(count)
    }

    /// Resumes the most recent choice point; `None` when there is none left.
    fn backtrack(&mut self) -> R<Option<(usize, usize)>> {
        loop {
            let Some(choice) = self.bt.pop() else {
                return Ok(None);
            };
            match choice {
                Choice::Branch { alt, pos, trail } => {
                    self.undo(trail);
                    let skip = uz(at(self.code, alt)?);
                    if skip == 0 {
                        continue;
                    }
                    let next = alt + skip;
                    if at(self.code, next)? != 0 {
                        self.bt.push(Choice::Branch {
                            alt: next,
                            pos,
                            trail,
                        });
                    }
                    return Ok(Some((alt + 1, pos)));
                }
                Choice::Greedy {
                    tail,
                    start,
                    count,
                    min,
                    trail,
                } => {
                    self.undo(trail);
                    if count <= min {
                        continue;
                    }
                    let Some(n) = self.greedy_count(tail, start, count - 1, min) else {
                        continue;
                    };
                    if n > min {
                        self.bt.push(Choice::Greedy {
                            tail,
                            start,
                            count: n,
                            min,
                            trail,
                        });
                    }
                    return Ok(Some((tail, start + n)));
                }
                Choice::Lazy {
                    item,
                    tail,
                    pos,
                    count,
                    max,
                    trail,
                } => {
                    self.undo(trail);
                    if (max != MAXREPEAT && count >= uz(max))
                        || pos >= self.end
                        || !match_one(self.code, item, self.ch(pos))?
                    {
                        continue;
                    }
                    self.bt.push(Choice::Lazy {
                        item,
                        tail,
                        pos: pos + 1,
                        count: count + 1,
                        max,
                        trail,
                    });
                    return Ok(Some((tail, pos + 1)));
                }
                Choice::UntilTail { tail, pos, trail } => {
                    self.undo(trail);
                    self.pop_rep()?;
                    return Ok(Some((tail, pos)));
                }
                Choice::MinUntilBody { pos, trail } => {
                    self.undo(trail);
                    let rep = *self.reps.last().ok_or(InvalidCode)?;
                    let count = rep.count + 1;
                    let max = at(self.code, rep.pc + 3)?;
                    if (max == MAXREPEAT || count < i64::from(max)) && rep.last_pos != Some(pos) {
                        self.set_rep(Rep {
                            count,
                            last_pos: Some(pos),
                            ..rep
                        })?;
                        return Ok(Some((rep.pc + 4, pos)));
                    }
                }
                Choice::Barrier { trail } => {
                    self.undo(trail);
                    // The sub-match failed: only a negative look-around goes on.
                    if let Some(Ctx::AssertNot { cont, pos, .. }) = self.ctx.last().copied() {
                        self.pop_ctx()?;
                        return Ok(Some((cont, pos)));
                    }
                }
                Choice::PossStop { pos, trail } => {
                    self.undo(trail);
                    let Some(Ctx::Possessive { op_pc, count, .. }) = self.ctx.last().copied()
                    else {
                        return Err(InvalidCode);
                    };
                    if count < at(self.code, op_pc + 2)? {
                        continue;
                    }
                    self.pop_ctx()?;
                    let skip = uz(at(self.code, op_pc + 1)?);
                    return Ok(Some((op_pc + 2 + skip, pos)));
                }
            }
        }
    }

    /// Runs from `pc` at `pos` until the whole pattern succeeds (`Some(end)`) or every
    /// choice is exhausted (`None`).
    fn run(&mut self, mut pc: usize, mut pos: usize) -> R<Option<usize>> {
        let code = self.code;
        macro_rules! fail {
            () => {
                match self.backtrack()? {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                        continue;
                    }
                    None => return Ok(None),
                }
            };
        }
        loop {
            let opcode = at(code, pc)?;
            match opcode {
                op::FAILURE => fail!(),
                op::SUCCESS => {
                    let Some(&top) = self.ctx.last() else {
                        if (self.match_all && pos != self.end)
                            || (self.must_advance && pos == self.start)
                        {
                            fail!();
                        }
                        return Ok(Some(pos));
                    };
                    match top {
                        Ctx::Assert { cont, pos: p, bt } => {
                            self.bt.truncate(bt);
                            self.pop_ctx()?;
                            pc = cont;
                            pos = p;
                        }
                        Ctx::AssertNot { bt, .. } => {
                            self.bt.truncate(bt);
                            self.pop_ctx()?;
                            fail!();
                        }
                        Ctx::Atomic { cont, bt } => {
                            self.bt.truncate(bt);
                            self.pop_ctx()?;
                            pc = cont;
                        }
                        Ctx::Possessive {
                            op_pc,
                            count,
                            iter_start,
                            bt,
                        } => {
                            self.bt.truncate(bt);
                            let count = count.saturating_add(1);
                            let max = at(code, op_pc + 3)?;
                            let skip = uz(at(code, op_pc + 1)?);
                            if pos == iter_start || (max != MAXREPEAT && count >= max) {
                                self.pop_ctx()?;
                                pc = op_pc + 2 + skip;
                            } else {
                                self.set_ctx(Ctx::Possessive {
                                    op_pc,
                                    count,
                                    iter_start: pos,
                                    bt: self.bt.len(),
                                })?;
                                self.bt.push(Choice::PossStop {
                                    pos,
                                    trail: self.trail.len(),
                                });
                                pc = op_pc + 4;
                            }
                        }
                    }
                }
                op::ANY
                | op::ANY_ALL
                | op::LITERAL
                | op::NOT_LITERAL
                | op::LITERAL_IGNORE
                | op::NOT_LITERAL_IGNORE
                | op::LITERAL_UNI_IGNORE
                | op::NOT_LITERAL_UNI_IGNORE
                | op::LITERAL_LOC_IGNORE
                | op::NOT_LITERAL_LOC_IGNORE
                | op::CATEGORY
                | op::IN
                | op::IN_IGNORE
                | op::IN_UNI_IGNORE
                | op::IN_LOC_IGNORE => {
                    if pos >= self.end || !match_one(code, pc, self.ch(pos))? {
                        fail!();
                    }
                    pos += 1;
                    pc += one_len(code, pc)?;
                }
                op::AT => {
                    if !self.at_test(at(code, pc + 1)?, pos)? {
                        fail!();
                    }
                    pc += 2;
                }
                op::INFO | op::JUMP => pc += 1 + uz(at(code, pc + 1)?),
                op::MARK => {
                    self.set_mark(uz(at(code, pc + 1)?), pos)?;
                    pc += 2;
                }
                op::BRANCH => {
                    let alt = pc + 1;
                    let skip = uz(at(code, alt)?);
                    if skip == 0 {
                        fail!();
                    }
                    if at(code, alt + skip)? != 0 {
                        self.bt.push(Choice::Branch {
                            alt: alt + skip,
                            pos,
                            trail: self.trail.len(),
                        });
                    }
                    pc = alt + 1;
                }
                op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                    let tail = pc + 1 + uz(at(code, pc + 1)?);
                    let min = uz(at(code, pc + 2)?);
                    let max = at(code, pc + 3)?;
                    let item = pc + 4;
                    if pos + min > self.end {
                        fail!();
                    }
                    if opcode == op::MIN_REPEAT_ONE {
                        let n = self.count(item, pos, min)?;
                        if n < min {
                            fail!();
                        }
                        pos += n;
                        self.bt.push(Choice::Lazy {
                            item,
                            tail,
                            pos,
                            count: n,
                            max,
                            trail: self.trail.len(),
                        });
                        pc = tail;
                        continue;
                    }
                    let limit = if max == MAXREPEAT {
                        usize::MAX
                    } else {
                        uz(max)
                    };
                    let n = self.count(item, pos, limit)?;
                    if n < min {
                        fail!();
                    }
                    if opcode == op::POSSESSIVE_REPEAT_ONE {
                        pos += n;
                        pc = tail;
                        continue;
                    }
                    let Some(n) = self.greedy_count(tail, pos, n, min) else {
                        fail!();
                    };
                    if n > min {
                        self.bt.push(Choice::Greedy {
                            tail,
                            start: pos,
                            count: n,
                            min,
                            trail: self.trail.len(),
                        });
                    }
                    pos += n;
                    pc = tail;
                }
                op::REPEAT => {
                    self.push_rep(Rep {
                        pc,
                        count: -1,
                        last_pos: None,
                    });
                    pc += 1 + uz(at(code, pc + 1)?);
                }
                op::MAX_UNTIL | op::MIN_UNTIL => {
                    let rep = *self.reps.last().ok_or(InvalidCode)?;
                    let count = rep.count + 1;
                    let min = i64::from(at(code, rep.pc + 2)?);
                    let max = at(code, rep.pc + 3)?;
                    let body = rep.pc + 4;
                    if count < min {
                        self.set_rep(Rep { count, ..rep })?;
                        pc = body;
                        continue;
                    }
                    if opcode == op::MIN_UNTIL {
                        self.bt.push(Choice::MinUntilBody {
                            pos,
                            trail: self.trail.len(),
                        });
                        self.pop_rep()?;
                        pc += 1;
                        continue;
                    }
                    if (max == MAXREPEAT || count < i64::from(max)) && rep.last_pos != Some(pos) {
                        self.bt.push(Choice::UntilTail {
                            tail: pc + 1,
                            pos,
                            trail: self.trail.len(),
                        });
                        self.set_rep(Rep {
                            count,
                            last_pos: Some(pos),
                            ..rep
                        })?;
                        pc = body;
                        continue;
                    }
                    self.pop_rep()?;
                    pc += 1;
                }
                op::POSSESSIVE_REPEAT => {
                    let skip = uz(at(code, pc + 1)?);
                    let max = at(code, pc + 3)?;
                    if max == 0 {
                        pc += 2 + skip;
                        continue;
                    }
                    self.push_ctx(Ctx::Possessive {
                        op_pc: pc,
                        count: 0,
                        iter_start: pos,
                        bt: self.bt.len(),
                    });
                    self.bt.push(Choice::PossStop {
                        pos,
                        trail: self.trail.len(),
                    });
                    pc += 4;
                }
                op::ASSERT | op::ASSERT_NOT => {
                    let cont = pc + 1 + uz(at(code, pc + 1)?);
                    let back = uz(at(code, pc + 2)?);
                    if pos < back {
                        if opcode == op::ASSERT {
                            fail!();
                        }
                        pc = cont;
                        continue;
                    }
                    let bt = self.bt.len();
                    self.push_ctx(if opcode == op::ASSERT {
                        Ctx::Assert { cont, pos, bt }
                    } else {
                        Ctx::AssertNot { cont, pos, bt }
                    });
                    self.bt.push(Choice::Barrier {
                        trail: self.trail.len(),
                    });
                    pos -= back;
                    pc += 3;
                }
                op::ATOMIC_GROUP => {
                    let cont = pc + 1 + uz(at(code, pc + 1)?);
                    self.push_ctx(Ctx::Atomic {
                        cont,
                        bt: self.bt.len(),
                    });
                    self.bt.push(Choice::Barrier {
                        trail: self.trail.len(),
                    });
                    pc += 2;
                }
                op::GROUPREF
                | op::GROUPREF_IGNORE
                | op::GROUPREF_UNI_IGNORE
                | op::GROUPREF_LOC_IGNORE => {
                    let g = uz(at(code, pc + 1)?);
                    if 2 * g + 1 >= self.marks.len() {
                        return Err(InvalidCode);
                    }
                    let Some((a, b)) = self.group_span(g) else {
                        fail!();
                    };
                    let n = b - a;
                    if pos + n > self.end {
                        fail!();
                    }
                    let fold: fn(u32) -> u32 = match opcode {
                        op::GROUPREF => |c| c,
                        op::GROUPREF_IGNORE => lower_ascii,
                        op::GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_locale,
                    };
                    let same = (0..n).all(|i| fold(self.ch(a + i)) == fold(self.ch(pos + i)));
                    if !same {
                        fail!();
                    }
                    pos += n;
                    pc += 2;
                }
                op::GROUPREF_EXISTS => {
                    let g = uz(at(code, pc + 1)?);
                    if self.group_span(g).is_some() {
                        pc += 3;
                    } else {
                        pc += 1 + uz(at(code, pc + 2)?);
                    }
                }
                _ => return Err(InvalidCode),
            }
        }
    }
}

/// The minimum match length recorded by a leading INFO op (0 without one).
fn info_min(code: &[u32]) -> usize {
    if code.first() == Some(&op::INFO) {
        code.get(3).map_or(0, |&m| uz(m))
    } else {
        0
    }
}

/// Where the first real op is (after a leading INFO).
fn body_start(code: &[u32]) -> usize {
    if code.first() == Some(&op::INFO) {
        1 + code.get(1).map_or(0, |&s| uz(s))
    } else {
        0
    }
}

fn new_machine<'a>(job: &Job<'a>, start: usize, must_advance: bool) -> Machine<'a> {
    Machine {
        code: job.code,
        text: job.text,
        end: job.end,
        start,
        match_all: job.match_all,
        must_advance,
        marks: vec![-1; job.nmarks],
        lastindex: -1,
        trail: Vec::new(),
        bt: Vec::new(),
        ctx: Vec::new(),
        reps: Vec::new(),
    }
}

/// Tries to match at exactly `job.start`.
pub fn match_at(job: &Job) -> Result<Option<Found>, InvalidCode> {
    let end = job.end.min(job.text.len());
    if job.start > end || end - job.start < info_min(job.code) {
        return Ok(None);
    }
    let mut m = new_machine(job, job.start, job.must_advance);
    m.end = end;
    Ok(m.run(body_start(job.code), job.start)?.map(|e| Found {
        start: job.start,
        end: e,
        marks: m.marks,
        lastindex: m.lastindex,
    }))
}

/// The single-character op that must accept the first character of any match (skipping
/// leading MARKs; the item of a leading repeat of at least one), if there is one.
fn first_char_op(code: &[u32], mut pc: usize) -> Option<usize> {
    while code.get(pc) == Some(&op::MARK) {
        pc += 2;
    }
    let opcode = *code.get(pc)?;
    if matches!(
        opcode,
        op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE
    ) {
        return (*code.get(pc + 2)? >= 1).then_some(pc + 4);
    }
    match_one(code, pc, 0).ok().map(|_| pc)
}

/// Finds the leftmost match at or after `job.start`.
pub fn search(job: &Job) -> Result<Option<Found>, InvalidCode> {
    let end = job.end.min(job.text.len());
    if job.start > end {
        return Ok(None);
    }
    let min = info_min(job.code);
    let body = body_start(job.code);
    let first = first_char_op(job.code, body);
    let mut m = new_machine(job, job.start, job.must_advance);
    m.end = end;
    let mut pos = job.start;
    loop {
        if end - pos < min {
            return Ok(None);
        }
        if let Some(item) = first {
            while pos < end && !match_one(job.code, item, m.ch(pos))? {
                pos += 1;
            }
            if pos >= end {
                return Ok(None);
            }
        }
        m.start = pos;
        m.must_advance = job.must_advance && pos == job.start;
        m.marks.fill(-1);
        m.lastindex = -1;
        m.trail.clear();
        m.bt.clear();
        m.ctx.clear();
        m.reps.clear();
        if let Some(e) = m.run(body, pos)? {
            return Ok(Some(Found {
                start: pos,
                end: e,
                marks: m.marks,
                lastindex: m.lastindex,
            }));
        }
        if pos >= end {
            return Ok(None);
        }
        pos += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Vec<u32> {
        s.chars().map(u32::from).collect()
    }

    fn job<'a>(code: &'a [u32], t: &'a [u32], nmarks: usize) -> Job<'a> {
        Job {
            code,
            text: t,
            start: 0,
            end: t.len(),
            match_all: false,
            must_advance: false,
            nmarks,
        }
    }

    #[test]
    fn greedy_single_character_repeat() {
        // a+b
        let code = [
            op::REPEAT_ONE,
            6,
            1,
            MAXREPEAT,
            op::LITERAL,
            97,
            op::SUCCESS,
            op::LITERAL,
            98,
            op::SUCCESS,
        ];
        let t = text("xaab");
        let f = search(&job(&code, &t, 0))
            .ok()
            .flatten()
            .map(|f| (f.start, f.end));
        assert_eq!(f, Some((1, 4)));
        let t = text("aaa");
        assert!(search(&job(&code, &t, 0)).ok().flatten().is_none());
    }

    #[test]
    fn long_repeat_uses_no_native_stack() {
        // (?:ab)* over a long text
        let code = [
            op::REPEAT,
            7,
            0,
            MAXREPEAT,
            op::LITERAL,
            97,
            op::LITERAL,
            98,
            op::MAX_UNTIL,
            op::SUCCESS,
        ];
        let t = text(&"ab".repeat(200_000));
        let f = match_at(&job(&code, &t, 0)).ok().flatten().map(|f| f.end);
        assert_eq!(f, Some(400_000));
    }

    #[test]
    fn bad_code_is_an_error_not_a_panic() {
        let t = text("aaa");
        for code in [
            &[][..],
            &[99][..],
            &[op::MARK, 40, op::SUCCESS][..],
            &[op::BRANCH, 3, op::LITERAL][..],
            &[op::REPEAT_ONE, 100, 0, 1, op::LITERAL, 97][..],
            &[op::MAX_UNTIL][..],
        ] {
            assert!(match_at(&job(code, &t, 2)).is_err());
        }
    }
}
