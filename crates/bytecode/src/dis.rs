//! The disassembler: formats code objects in the layout of CPython 3.13's `dis` module.
//!
//! Columns: source line (where a new line starts), jump-target label (`L1:`), optional offset,
//! opname padded to 20, oparg right-aligned to 5, and the resolved argument in parentheses.
//! CACHE units are hidden unless asked for. Constant reprs come from the caller so that this
//! crate stays independent of the VM. See docs/design/bytecode.md.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::code::{CodeObject, CodeUnit, Constant};
use crate::exception_table;
use crate::instructions::{
    function_attr, ArgKind, Opcode, BINARY_OPS, COMPARE_OPS, INTRINSICS_1, INTRINSICS_2,
};
use crate::line_table;

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Offset of the instruction's own code unit (after any EXTENDED_ARG prefixes), in units.
    pub offset: u32,
    /// Offset of the first EXTENDED_ARG prefix, or `offset` when there is none.
    pub start: u32,
    /// The opcode; `None` for a byte that is not in the table.
    pub opcode: Option<Opcode>,
    /// The raw opcode byte.
    pub op: u8,
    /// The full oparg, EXTENDED_ARG prefixes folded in.
    pub arg: u32,
}

impl Instruction {
    /// Offset of the next instruction, past this one's inline caches.
    pub fn next_offset(&self) -> u32 {
        self.offset + 1 + self.opcode.map_or(0, |o| o.cache_units() as u32)
    }

    /// The jump target in code units, for jump instructions.
    pub fn jump_target(&self) -> Option<u32> {
        let op = self.opcode?;
        match op.arg_kind() {
            ArgKind::JumpForward => Some(self.next_offset() + self.arg),
            ArgKind::JumpBackward => self.next_offset().checked_sub(self.arg),
            _ => None,
        }
    }
}

/// Decodes the instruction stream, folding EXTENDED_ARG into the next instruction and
/// skipping inline caches. EXTENDED_ARG units are also returned as their own instructions
/// when `show_extended` is set (as `dis` shows them).
pub fn decode(code: &[CodeUnit], show_extended: bool) -> Vec<Instruction> {
    let mut out = Vec::new();
    let mut i = 0usize;
    let mut ext: u32 = 0;
    let mut start = 0u32;
    let mut in_prefix = false;
    while i < code.len() {
        let unit = code[i];
        let opcode = Opcode::from_u8(unit.op);
        let arg = (ext << 8) | u32::from(unit.arg);
        if !in_prefix {
            start = i as u32;
        }
        if opcode == Some(Opcode::ExtendedArg) {
            if show_extended {
                out.push(Instruction {
                    offset: i as u32,
                    start: i as u32,
                    opcode,
                    op: unit.op,
                    arg,
                });
            }
            ext = arg;
            in_prefix = true;
            i += 1;
            continue;
        }
        let instr = Instruction {
            offset: i as u32,
            start,
            opcode,
            op: unit.op,
            arg,
        };
        out.push(instr);
        ext = 0;
        in_prefix = false;
        i += 1 + opcode.map_or(0, |o| o.cache_units());
    }
    out
}

/// Formatting options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Show byte offsets (`dis.dis(show_offsets=True)`).
    pub show_offsets: bool,
    /// Show CACHE units.
    pub show_caches: bool,
    /// Recurse into nested code objects.
    pub recursive: bool,
}

/// Renders a constant for the argument column; supplied by the VM (Python `repr`).
pub type ConstRepr<'a> = &'a dyn Fn(&Constant) -> String;

/// Resolves the argument column of one instruction.
pub fn argrepr(
    code: &CodeObject,
    instr: &Instruction,
    labels: &BTreeMap<u32, usize>,
    repr: ConstRepr<'_>,
) -> String {
    let Some(op) = instr.opcode else {
        return String::new();
    };
    let arg = instr.arg as usize;
    let name = |i: usize| {
        code.names
            .get(i)
            .map_or_else(|| format!("<{i}>"), |s| s.to_string())
    };
    let local = |i: usize| {
        code.localsplusnames
            .get(i)
            .map_or_else(|| format!("<{i}>"), |s| s.to_string())
    };
    match op.arg_kind() {
        ArgKind::None | ArgKind::Raw => String::new(),
        ArgKind::Const => code.consts.get(arg).map_or_else(String::new, repr),
        ArgKind::Name => name(arg),
        ArgKind::NameShift1 => {
            let n = name(arg >> 1);
            match (op, arg & 1) {
                (Opcode::LoadGlobal, 1) => format!("{n} + NULL"),
                (Opcode::LoadAttr, 1) => format!("{n} + NULL|self"),
                _ => n,
            }
        }
        ArgKind::NameShift2 => {
            let n = name(arg >> 2);
            if arg & 1 != 0 {
                format!("{n} + NULL|self")
            } else {
                n
            }
        }
        ArgKind::Local | ArgKind::Deref => local(arg),
        ArgKind::LocalPair => format!("{}, {}", local(arg >> 4), local(arg & 15)),
        ArgKind::JumpForward | ArgKind::JumpBackward => match instr.jump_target() {
            Some(t) => match labels.get(&t) {
                Some(l) => format!("to L{l}"),
                None => format!("to {}", t * 2),
            },
            None => String::new(),
        },
        ArgKind::BinaryOp => BINARY_OPS
            .get(arg)
            .map_or_else(String::new, |s| s.to_string()),
        ArgKind::CompareOp => match COMPARE_OPS.get(arg >> 5) {
            Some(s) if arg & 16 != 0 => format!("bool({s})"),
            Some(s) => s.to_string(),
            None => String::new(),
        },
        ArgKind::Invert => String::new(),
        ArgKind::Intrinsic1 => INTRINSICS_1
            .get(arg)
            .map_or_else(String::new, |s| s.to_string()),
        ArgKind::Intrinsic2 => INTRINSICS_2
            .get(arg)
            .map_or_else(String::new, |s| s.to_string()),
        ArgKind::Convert => ["", "str", "repr", "ascii"]
            .get(arg)
            .map_or_else(String::new, |s| s.to_string()),
        ArgKind::FunctionAttr => match instr.arg {
            function_attr::DEFAULTS => "defaults".into(),
            function_attr::KWDEFAULTS => "kwdefaults".into(),
            function_attr::ANNOTATIONS => "annotations".into(),
            function_attr::CLOSURE => "closure".into(),
            _ => String::new(),
        },
    }
}

/// Jump targets and exception handlers get labels `L1`, `L2`, ... in offset order.
pub fn labels(code: &CodeObject, instrs: &[Instruction]) -> BTreeMap<u32, usize> {
    let mut targets: Vec<u32> = instrs.iter().filter_map(Instruction::jump_target).collect();
    if let Some(entries) = exception_table::decode(&code.exceptiontable) {
        for e in entries {
            targets.extend([e.start, e.end, e.target]);
        }
    }
    targets.sort_unstable();
    targets.dedup();
    targets
        .into_iter()
        .enumerate()
        .map(|(i, t)| (t, i + 1))
        .collect()
}

/// Disassembles one code object (and nested ones if `opts.recursive`) into `out`.
/// `code_repr` renders `<code object ...>` headers for nested code objects.
pub fn disassemble(code: &CodeObject, opts: Options, repr: ConstRepr<'_>, out: &mut String) {
    let instrs = decode(&code.code, true);
    let labels = labels(code, &instrs);
    let locations = line_table::decode(code.firstlineno, &code.linetable).unwrap_or_default();
    let line_at = |off: u32| {
        locations
            .iter()
            .find(|(s, e, _)| (*s..*e).contains(&off))
            .and_then(|(_, _, l)| l.line)
    };
    let max_line = locations
        .iter()
        .filter_map(|(_, _, l)| l.line)
        .max()
        .unwrap_or(0);
    let lineno_width = max_line.to_string().len().max(3);
    let label_width = 4 + labels.len().to_string().len();
    let max_offset = code.code.len().saturating_sub(1) * 2;
    let offset_width = if opts.show_offsets {
        max_offset.to_string().len().max(4)
    } else {
        0
    };
    let mut prev_line: Option<Option<u32>> = None;
    let emit = |out: &mut String,
                offset: u32,
                line_field: String,
                name: &str,
                arg: Option<u32>,
                argrepr: String| {
        let mut fields = vec![line_field];
        match labels.get(&offset) {
            Some(l) => fields.push(format!("{:>label_width$}", format!("L{l}:"))),
            None => fields.push(" ".repeat(label_width)),
        }
        if offset_width > 0 {
            fields.push(format!("{:>offset_width$}  ", offset * 2));
        }
        fields.push("   ".into());
        fields.push(format!("{name:<20}"));
        if let Some(arg) = arg {
            let excess = name.len().saturating_sub(20);
            fields.push(format!("{:>w$}", arg, w = 5usize.saturating_sub(excess)));
            if !argrepr.is_empty() {
                fields.push(format!("({argrepr})"));
            }
        }
        let line = fields.join(" ");
        let _ = writeln!(out, "{}", line.trim_end());
    };
    for (idx, instr) in instrs.iter().enumerate() {
        let line = line_at(instr.offset);
        let starts_line = prev_line != Some(line);
        if starts_line && idx > 0 && prev_line.is_some() {
            out.push('\n');
        }
        prev_line = Some(line);
        let line_field = if starts_line {
            match line {
                Some(l) => format!("{l:>lineno_width$}"),
                None => format!("{:>lineno_width$}", "--"),
            }
        } else {
            " ".repeat(lineno_width)
        };
        let name = instr
            .opcode
            .map_or_else(|| format!("<{}>", instr.op), |o| o.name().to_string());
        let has_arg = instr.opcode.is_none_or(Opcode::has_arg);
        let ar = argrepr(code, instr, &labels, repr);
        emit(
            out,
            instr.offset,
            line_field,
            &name,
            has_arg.then_some(instr.arg),
            ar,
        );
        if opts.show_caches {
            let n = instr.opcode.map_or(0, Opcode::cache_units) as u32;
            for k in 1..=n {
                emit(
                    out,
                    instr.offset + k,
                    " ".repeat(lineno_width),
                    "CACHE",
                    Some(0),
                    String::new(),
                );
            }
        }
    }
    if let Some(entries) = exception_table::decode(&code.exceptiontable) {
        if !entries.is_empty() {
            out.push_str("ExceptionTable:\n");
            for e in entries {
                let l = |o: u32| {
                    labels
                        .get(&o)
                        .map_or_else(|| (o * 2).to_string(), |l| format!("L{l}"))
                };
                let _ = writeln!(
                    out,
                    "  {} to {} -> {} [{}]{}",
                    l(e.start),
                    l(e.end),
                    l(e.target),
                    e.depth,
                    if e.lasti { " lasti" } else { "" }
                );
            }
        }
    }
    if opts.recursive {
        for c in &code.consts {
            if let Constant::Code(inner) = c {
                let _ = write!(out, "\nDisassembly of {}:\n", repr(c));
                disassemble(inner, opts, repr, out);
            }
        }
    }
}
