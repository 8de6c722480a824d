//! The assembler: turns a unit's linear instruction list into a [`CodeObject`].
//!
//! It resolves local/cell/free references to localsplus indexes, sizes instructions (EXTENDED_ARG
//! prefixes for large opargs, iterated to a fixed point because jump distances depend on sizes),
//! picks `JUMP_FORWARD`/`JUMP_BACKWARD` by direction, writes the code units with zeroed CACHE
//! units, one location per code unit (prefixes and caches share their instruction's), and the
//! exception table from each instruction's handler. See docs/design/compiler.md.

use std::collections::HashMap;
use std::sync::Arc;

use ferrum_bytecode::code::local_kind;
use ferrum_bytecode::exception_table::{self, ExceptionEntry};
use ferrum_bytecode::line_table::{self, Location};
use ferrum_bytecode::{CodeObject, CodeUnit, Constant, Opcode};

use crate::flowgraph::{ArgRef, Handler, Instr, Label, Op};

/// Everything about a unit except its instructions.
pub struct UnitInfo {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// `co_consts`.
    pub consts: Vec<Constant>,
    /// `co_names`.
    pub names: Vec<String>,
    /// Locals (parameters first).
    pub varnames: Vec<String>,
    /// Cell variables (sorted).
    pub cellvars: Vec<String>,
    /// Free variables (sorted).
    pub freevars: Vec<String>,
    /// `co_argcount`.
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
}

struct Layout {
    nlocals: usize,
    cell_slot: Vec<u32>,
    free_base: u32,
}

fn layout(info: &UnitInfo) -> (Layout, Vec<Arc<str>>, Vec<u8>) {
    let mut names: Vec<Arc<str>> = info
        .varnames
        .iter()
        .map(|s| Arc::from(s.as_str()))
        .collect();
    let mut kinds: Vec<u8> = vec![local_kind::LOCAL; names.len()];
    let mut cell_slot = Vec::new();
    for c in &info.cellvars {
        if let Some(i) = info.varnames.iter().position(|v| v == c) {
            kinds[i] |= local_kind::CELL;
            cell_slot.push(i as u32);
        } else {
            cell_slot.push(names.len() as u32);
            names.push(Arc::from(c.as_str()));
            kinds.push(local_kind::CELL);
        }
    }
    let free_base = names.len() as u32;
    for f in &info.freevars {
        names.push(Arc::from(f.as_str()));
        kinds.push(local_kind::FREE);
    }
    (
        Layout {
            nlocals: info.varnames.len(),
            cell_slot,
            free_base,
        },
        names,
        kinds,
    )
}

/// The localsplus index of a cell variable (for MAKE_CELL emission).
pub fn ext_units(arg: u32) -> usize {
    match arg {
        0..=0xFF => 0,
        0x100..=0xFFFF => 1,
        0x1_0000..=0xFF_FFFF => 2,
        _ => 3,
    }
}

/// Assembles a unit. `instrs` is linear (labels inline, no Setup markers).
pub fn assemble(
    instrs: &[Instr],
    handlers: &[Handler],
    info: UnitInfo,
) -> Result<CodeObject, String> {
    let (lay, localsplusnames, localspluskinds) = layout(&info);
    let _ = lay.nlocals;
    // Resolve non-label arguments; drop labels into a position map.
    struct Item {
        op: Op,
        arg: u32,
        target: Option<Label>,
        loc: Option<Location>,
        handler: Option<u32>,
        size: usize,
        offset: usize,
    }
    let mut items: Vec<Item> = Vec::new();
    let mut label_at: HashMap<Label, usize> = HashMap::new(); // label -> item index
    for ins in instrs {
        match ins.op {
            Op::Label(l) => {
                label_at.insert(l, items.len());
            }
            Op::Setup(_) => {}
            op => {
                let (arg, target) = match ins.arg {
                    ArgRef::Raw(v) => (v, None),
                    ArgRef::Local(i) => (i, None),
                    ArgRef::Cell(i) => (
                        *lay.cell_slot.get(i as usize).ok_or("bad cell index")?,
                        None,
                    ),
                    ArgRef::Free(i) => (lay.free_base + i, None),
                    ArgRef::Label(l) => (0, Some(l)),
                };
                items.push(Item {
                    op,
                    arg,
                    target,
                    loc: ins.loc,
                    handler: ins.handler,
                    size: 0,
                    offset: 0,
                });
            }
        }
    }
    let real = |op: Op| -> Opcode {
        match op {
            Op::Real(o) => o,
            Op::Jump => Opcode::JumpForward,
            Op::JumpNoInterrupt => Opcode::JumpBackwardNoInterrupt,
            _ => Opcode::Nop,
        }
    };
    // Iterate sizes to a fixed point.
    for it in items.iter_mut() {
        it.size = ext_units(it.arg) + 1 + real(it.op).cache_units();
    }
    let mut final_ops: Vec<Opcode> = items.iter().map(|i| real(i.op)).collect();
    for _round in 0..16 {
        let mut off = 0;
        for it in items.iter_mut() {
            it.offset = off;
            off += it.size;
        }
        let end_offset = off;
        let offset_of = |l: Label, items: &[Item]| -> usize {
            match label_at.get(&l) {
                Some(&i) => items.get(i).map_or(end_offset, |it| it.offset),
                None => end_offset,
            }
        };
        let mut changed = false;
        for idx in 0..items.len() {
            let Some(t) = items[idx].target else { continue };
            let target = offset_of(t, &items);
            let it = &items[idx];
            // The opcode's own unit comes after any prefixes.
            let cur_op = final_ops[idx];
            let prefix = it.size - 1 - cur_op.cache_units();
            let op_unit = it.offset + prefix;
            let (op, arg) = match it.op {
                Op::Jump => {
                    if target > op_unit {
                        let end = op_unit + 1 + Opcode::JumpForward.cache_units();
                        (Opcode::JumpForward, target.saturating_sub(end))
                    } else {
                        let end = op_unit + 1 + Opcode::JumpBackward.cache_units();
                        (Opcode::JumpBackward, end - target)
                    }
                }
                Op::JumpNoInterrupt => {
                    let end = op_unit + 1;
                    if target > op_unit {
                        return Err("forward JUMP_NO_INTERRUPT".into());
                    }
                    (Opcode::JumpBackwardNoInterrupt, end - target)
                }
                Op::Real(o) => {
                    let end = op_unit + 1 + o.cache_units();
                    if target < end {
                        return Err(format!("backward conditional jump {}", o.name()));
                    }
                    (o, target - end)
                }
                _ => continue,
            };
            let arg = arg as u32;
            let size = ext_units(arg) + 1 + op.cache_units();
            let it = &mut items[idx];
            // Sizes never shrink (a redundant EXTENDED_ARG 0 pads), so this converges.
            if op != final_ops[idx] || size > it.size || it.arg != arg {
                changed = true;
            }
            it.arg = arg;
            final_ops[idx] = op;
            it.size = it.size.max(size);
        }
        if !changed {
            break;
        }
    }
    // Emit.
    let mut code: Vec<CodeUnit> = Vec::new();
    let mut locs: Vec<Location> = Vec::new();
    let mut unit_handler: Vec<Option<u32>> = Vec::new();
    for (idx, it) in items.iter().enumerate() {
        let op = final_ops[idx];
        let caches = op.cache_units();
        let prefixes = it.size - 1 - caches;
        let loc = it.loc.unwrap_or_default();
        for p in (1..=prefixes).rev() {
            let byte = (it.arg >> (8 * p)) & 0xFF;
            code.push(CodeUnit::new(Opcode::ExtendedArg, byte as u8));
            locs.push(loc);
            unit_handler.push(it.handler);
        }
        code.push(CodeUnit::new(op, (it.arg & 0xFF) as u8));
        locs.push(loc);
        unit_handler.push(it.handler);
        for _ in 0..caches {
            code.push(CodeUnit::new(Opcode::Cache, 0));
            locs.push(loc);
            unit_handler.push(it.handler);
        }
    }
    // Exception table.
    let total = code.len();
    let label_offset = |l: Label| -> u32 {
        match label_at.get(&l) {
            Some(&i) => items.get(i).map_or(total, |it| it.offset) as u32,
            None => total as u32,
        }
    };
    let mut entries: Vec<ExceptionEntry> = Vec::new();
    let mut i = 0;
    while i < unit_handler.len() {
        let Some(h) = unit_handler[i] else {
            i += 1;
            continue;
        };
        let mut j = i;
        while j < unit_handler.len() && unit_handler[j] == Some(h) {
            j += 1;
        }
        if let Some(hd) = handlers.get(h as usize) {
            entries.push(ExceptionEntry {
                start: i as u32,
                end: j as u32,
                target: label_offset(hd.target),
                depth: hd.depth.unwrap_or(0),
                lasti: hd.lasti(),
            });
        }
        i = j;
    }
    let linetable = line_table::encode(info.firstlineno, &locs);
    Ok(CodeObject {
        code,
        consts: info.consts,
        names: info.names.iter().map(|s| Arc::from(s.as_str())).collect(),
        localsplusnames,
        localspluskinds,
        argcount: info.argcount,
        posonlyargcount: info.posonlyargcount,
        kwonlyargcount: info.kwonlyargcount,
        stacksize: info.stacksize,
        flags: info.flags,
        firstlineno: info.firstlineno,
        filename: Arc::from(info.filename.as_str()),
        name: Arc::from(info.name.as_str()),
        qualname: Arc::from(info.qualname.as_str()),
        linetable,
        exceptiontable: exception_table::encode(&entries),
    })
}
