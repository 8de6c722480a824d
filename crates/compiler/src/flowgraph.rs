//! The control-flow graph: the pseudo-instruction stream code generation produces, split into
//! basic blocks, and the passes that run on it before assembly.
//!
//! Code generation emits [`Instr`]s in source order with [`Label`] markers. Exception handling is
//! zero-cost: every instruction records the innermost active handler (an index into the unit's
//! [`Handler`] list), and a zero-width `Setup` marker records where the handler was pushed so
//! the stack-depth pass can compute its unwind depth. Passes: block construction, unreachable
//! block removal, stack depth (including handler depths), `LOAD_FAST` -> `LOAD_FAST_CHECK` for
//! locals that may be unbound, superinstructions (`LOAD_FAST_LOAD_FAST`,
//! `STORE_FAST_LOAD_FAST`, `STORE_FAST_STORE_FAST`), removal of jumps to the next block and of
//! redundant `NOP`s. See docs/design/compiler.md.

use ferrum_bytecode::line_table::Location;
use ferrum_bytecode::Opcode;

/// A jump target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// What an instruction's oparg refers to (resolved at assembly).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// A final number.
    Raw(u32),
    /// A `co_varnames` index.
    Local(u32),
    /// A cell variable index (into the unit's sorted cell list).
    Cell(u32),
    /// A free variable index.
    Free(u32),
    /// A jump target.
    Label(Label),
}

/// Pseudo or real operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// A real instruction.
    Real(Opcode),
    /// Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD.
    Jump,
    /// Backward jump without an interrupt check (yield-from loops).
    JumpNoInterrupt,
    /// A handler is pushed here (zero width); the argument is the handler index.
    Setup(u32),
    /// A label definition (zero width).
    Label(Label),
}

/// One pseudo-instruction.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    /// Operation.
    pub op: Op,
    /// Argument.
    pub arg: ArgRef,
    /// Source location (None = artificial; inherits from its predecessor).
    pub loc: Option<Location>,
    /// Innermost active exception handler.
    pub handler: Option<u32>,
}

/// How a handler is entered (CPython's SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupKind {
    /// Pushes the exception.
    Finally,
    /// Pushes lasti and the exception.
    Cleanup,
    /// Pops the `__enter__` result, pushes lasti and the exception.
    With,
}

/// An exception handler.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    /// Where it jumps.
    pub target: Label,
    /// Entry kind.
    pub kind: SetupKind,
    /// Stack depth to unwind to (computed by [`stack_depth`]).
    pub depth: Option<u32>,
}

impl Handler {
    /// Whether lasti is pushed.
    pub fn lasti(&self) -> bool {
        self.kind != SetupKind::Finally
    }
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub struct Block {
    /// Labels that name this block.
    pub labels: Vec<Label>,
    /// Instructions (no labels, no Setup markers... Setup markers are kept).
    pub instrs: Vec<Instr>,
    /// Whether it was reached.
    pub reachable: bool,
    /// Stack depth on entry.
    pub depth: Option<i32>,
}

/// Whether control can fall off the end of an instruction.
pub fn is_terminator(op: Op) -> bool {
    match op {
        Op::Jump | Op::JumpNoInterrupt => true,
        Op::Real(o) => o.is_terminator(),
        _ => false,
    }
}

fn jump_target(i: &Instr) -> Option<Label> {
    match i.arg {
        ArgRef::Label(l) => Some(l),
        _ => None,
    }
}

/// Splits a stream into blocks.
pub fn build_blocks(stream: Vec<Instr>) -> Vec<Block> {
    let mut blocks = vec![Block::default()];
    for ins in stream {
        let cur = blocks.len() - 1;
        match ins.op {
            Op::Label(l) => {
                if blocks[cur].instrs.is_empty() {
                    blocks[cur].labels.push(l);
                } else {
                    blocks.push(Block {
                        labels: vec![l],
                        ..Block::default()
                    });
                }
            }
            _ => {
                let ends = is_terminator(ins.op) || matches!(ins.op, Op::Real(o) if o.is_jump());
                blocks[cur].instrs.push(ins);
                if ends {
                    blocks.push(Block::default());
                }
            }
        }
    }
    blocks
}

/// Maps labels to block indexes.
pub fn label_map(blocks: &[Block]) -> std::collections::HashMap<Label, usize> {
    let mut m = std::collections::HashMap::new();
    for (i, b) in blocks.iter().enumerate() {
        for l in &b.labels {
            m.insert(*l, i);
        }
    }
    m
}

/// Marks reachable blocks and computes entry stack depths and handler depths.
/// Returns the maximum stack depth, or an error message for inconsistent depths.
pub fn stack_depth(blocks: &mut [Block], handlers: &mut [Handler]) -> Result<u32, String> {
    let labels = label_map(blocks);
    let mut max = 0i32;
    let mut work: Vec<usize> = Vec::new();
    if blocks.is_empty() {
        return Ok(0);
    }
    blocks[0].depth = Some(0);
    work.push(0);
    let push =
        |blocks: &mut [Block], work: &mut Vec<usize>, b: usize, d: i32| -> Result<(), String> {
            match blocks[b].depth {
                None => {
                    blocks[b].depth = Some(d);
                    work.push(b);
                    Ok(())
                }
                Some(old) if old == d => Ok(()),
                Some(old) => Err(format!(
                    "inconsistent stack depth at block {b}: {old} vs {d}"
                )),
            }
        };
    while let Some(b) = work.pop() {
        blocks[b].reachable = true;
        let mut depth = blocks[b].depth.unwrap_or(0);
        let n = blocks[b].instrs.len();
        let mut falls = true;
        for k in 0..n {
            let ins = blocks[b].instrs[k];
            match ins.op {
                Op::Setup(h) => {
                    let h = &mut handlers[h as usize];
                    let (base, target_depth) = match h.kind {
                        SetupKind::Finally => (depth, depth + 1),
                        SetupKind::Cleanup => (depth, depth + 2),
                        SetupKind::With => (depth - 1, depth + 1),
                    };
                    h.depth = Some(base.max(0) as u32);
                    max = max.max(target_depth);
                    let t = *labels.get(&h.target).ok_or("unknown handler label")?;
                    push(blocks, &mut work, t, target_depth)?;
                }
                Op::Label(_) => {}
                Op::Jump | Op::JumpNoInterrupt => {
                    let t = jump_target(&ins).and_then(|l| labels.get(&l).copied());
                    if let Some(t) = t {
                        push(blocks, &mut work, t, depth)?;
                    }
                    falls = false;
                    break;
                }
                Op::Real(op) => {
                    let oparg = match ins.arg {
                        ArgRef::Raw(v) => v as i32,
                        _ => 0,
                    };
                    let (pops, pushes) = op.stack_effect(oparg);
                    if depth < pops {
                        return Err(format!("stack underflow at {} (depth {depth})", op.name()));
                    }
                    if let Some(je) = op.jump_stack_effect(oparg) {
                        if let Some(t) = jump_target(&ins).and_then(|l| labels.get(&l).copied()) {
                            let td = depth + je;
                            max = max.max(td);
                            push(blocks, &mut work, t, td)?;
                        }
                    }
                    depth = depth - pops + pushes;
                    max = max.max(depth);
                    if op.is_terminator() {
                        falls = false;
                        break;
                    }
                }
            }
        }
        if falls && b + 1 < blocks.len() {
            push(blocks, &mut work, b + 1, depth)?;
        }
    }
    Ok(max.max(0) as u32)
}

/// A growable bitset.
#[derive(Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize, fill: bool) -> Bits {
        Bits(vec![if fill { u64::MAX } else { 0 }; n.div_ceil(64).max(1)])
    }
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn set(&mut self, i: usize, v: bool) {
        if let Some(w) = self.0.get_mut(i / 64) {
            if v {
                *w |= 1 << (i % 64);
            } else {
                *w &= !(1 << (i % 64));
            }
        }
    }
    fn and(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a &= *b;
        }
    }
}

/// Rewrites `LOAD_FAST` of locals that may be unbound into `LOAD_FAST_CHECK`.
/// `nparams` leading locals are bound on entry.
pub fn insert_load_fast_checks(
    blocks: &mut [Block],
    handlers: &[Handler],
    nlocals: usize,
    nparams: usize,
) {
    let labels = label_map(blocks);
    let mut entry: Vec<Option<Bits>> = vec![None; blocks.len()];
    let mut start = Bits::new(nlocals, false);
    for i in 0..nparams {
        start.set(i, true);
    }
    if blocks.is_empty() {
        return;
    }
    entry[0] = Some(start);
    let mut work = vec![0usize];
    let meet =
        |entry: &mut Vec<Option<Bits>>, work: &mut Vec<usize>, b: usize, s: &Bits| match &mut entry
            [b]
        {
            None => {
                entry[b] = Some(s.clone());
                work.push(b);
            }
            Some(old) => {
                let mut n = old.clone();
                n.and(s);
                if n != *old {
                    *old = n;
                    work.push(b);
                }
            }
        };
    let transfer = |ins: &Instr, st: &mut Bits| {
        if let (Op::Real(op), ArgRef::Local(i)) = (ins.op, ins.arg) {
            match op {
                Opcode::StoreFast | Opcode::LoadFastCheck => st.set(i as usize, true),
                Opcode::DeleteFast => st.set(i as usize, false),
                _ => {}
            }
        }
    };
    while let Some(b) = work.pop() {
        let Some(mut st) = entry[b].clone() else {
            continue;
        };
        let mut falls = true;
        for ins in &blocks[b].instrs {
            if let Some(h) = ins.handler {
                if let Some(t) = handlers.get(h as usize).and_then(|h| labels.get(&h.target)) {
                    meet(&mut entry, &mut work, *t, &st);
                }
            }
            transfer(ins, &mut st);
            if let Some(l) = jump_target(ins) {
                if let Some(t) = labels.get(&l) {
                    meet(&mut entry, &mut work, *t, &st);
                }
            }
            if is_terminator(ins.op) {
                falls = false;
                break;
            }
        }
        if falls && b + 1 < blocks.len() {
            meet(&mut entry, &mut work, b + 1, &st);
        }
    }
    for (b, block) in blocks.iter_mut().enumerate() {
        let Some(mut st) = entry[b].clone() else {
            continue;
        };
        for ins in &mut block.instrs {
            if let (Op::Real(Opcode::LoadFast), ArgRef::Local(i)) = (ins.op, ins.arg) {
                if !st.get(i as usize) {
                    ins.op = Op::Real(Opcode::LoadFastCheck);
                    st.set(i as usize, true);
                }
            } else {
                transfer(ins, &mut st);
            }
        }
    }
}

/// Forms superinstructions from adjacent fast-local accesses on the same line.
pub fn superinstructions(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        let mut out: Vec<Instr> = Vec::with_capacity(b.instrs.len());
        for ins in b.instrs.drain(..) {
            if let Some(prev) = out.last_mut() {
                if let (Op::Real(p), ArgRef::Local(a), Op::Real(c), ArgRef::Local(bb)) =
                    (prev.op, prev.arg, ins.op, ins.arg)
                {
                    let same_line = prev.loc.and_then(|l| l.line) == ins.loc.and_then(|l| l.line);
                    let combined = match (p, c) {
                        (Opcode::LoadFast, Opcode::LoadFast) => Some(Opcode::LoadFastLoadFast),
                        (Opcode::StoreFast, Opcode::LoadFast) => Some(Opcode::StoreFastLoadFast),
                        (Opcode::StoreFast, Opcode::StoreFast) => Some(Opcode::StoreFastStoreFast),
                        _ => None,
                    };
                    if let Some(op) = combined {
                        if a < 16 && bb < 16 && same_line && prev.handler == ins.handler {
                            prev.op = Op::Real(op);
                            prev.arg = ArgRef::Raw((a << 4) | bb);
                            continue;
                        }
                    }
                }
            }
            out.push(ins);
        }
        b.instrs = out;
    }
}

/// Linearises reachable blocks, dropping jumps to the next instruction, zero-width markers
/// and redundant NOPs, and giving artificial instructions their predecessor's location.
pub fn linearize(blocks: Vec<Block>) -> Vec<Instr> {
    let blocks: Vec<Block> = blocks.into_iter().filter(|b| b.reachable).collect();
    let mut out: Vec<Instr> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        for l in &b.labels {
            out.push(Instr {
                op: Op::Label(*l),
                arg: ArgRef::Raw(0),
                loc: None,
                handler: None,
            });
        }
        let n = b.instrs.len();
        for (k, ins) in b.instrs.iter().enumerate() {
            if matches!(ins.op, Op::Setup(_)) {
                continue;
            }
            if k + 1 == n && ins.op == Op::Jump {
                if let (ArgRef::Label(l), Some(next)) = (ins.arg, blocks.get(i + 1)) {
                    if next.labels.contains(&l) {
                        // Keep a NOP if the jump carries a line no one else has.
                        out.push(Instr {
                            op: Op::Real(Opcode::Nop),
                            ..*ins
                        });
                        continue;
                    }
                }
            }
            out.push(*ins);
        }
    }
    // Propagate locations to artificial instructions (fall-through predecessor).
    let mut prev: Option<Location> = None;
    for ins in out.iter_mut() {
        match ins.op {
            Op::Label(_) => {}
            _ => {
                if ins.loc.is_none() {
                    ins.loc = prev;
                }
                prev = ins.loc;
                if matches!(ins.op, Op::Real(o) if o.is_terminator()) || ins.op == Op::Jump {
                    prev = None;
                }
            }
        }
    }
    remove_nops(out)
}

fn line_of(i: &Instr) -> Option<u32> {
    i.loc.and_then(|l| l.line)
}

fn remove_nops(instrs: Vec<Instr>) -> Vec<Instr> {
    let mut keep = vec![true; instrs.len()];
    for i in 0..instrs.len() {
        if instrs[i].op != Op::Real(Opcode::Nop) {
            continue;
        }
        let line = line_of(&instrs[i]);
        // Previous real instruction on the same line (without crossing a label)?
        let mut j = i;
        let mut redundant = line.is_none();
        while j > 0 {
            j -= 1;
            match instrs[j].op {
                Op::Label(_) => break,
                _ if !keep[j] => continue,
                _ => {
                    if line_of(&instrs[j]) == line {
                        redundant = true;
                    }
                    break;
                }
            }
        }
        if !redundant {
            // Next real instruction on the same line?
            let mut k = i + 1;
            while k < instrs.len() {
                match instrs[k].op {
                    Op::Label(_) => {
                        k += 1;
                    }
                    _ => {
                        if line_of(&instrs[k]) == line {
                            redundant = true;
                        }
                        break;
                    }
                }
            }
            // A NOP followed by another NOP with a later line is still needed.
        }
        if redundant {
            keep[i] = false;
        }
    }
    instrs
        .into_iter()
        .zip(keep)
        .filter_map(|(i, k)| k.then_some(i))
        .collect()
}
