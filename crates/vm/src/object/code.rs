//! Runtime code objects: a compiled [`CodeObject`] plus its constants and names as values.
//!
//! Code is validated once when the runtime object is made (every opcode in the table, every
//! const/name/local index and jump target in range, EXTENDED_ARG followed by an instruction),
//! which is what lets the eval loop read operands without bounds checks. See
//! docs/design/bytecode.md.

use std::sync::Arc;

use ferrum_bytecode::code::flags;
use ferrum_bytecode::dis::decode;
use ferrum_bytecode::{ArgKind, CodeObject, CodeUnit, Constant, Opcode};

use crate::object::complex::new_complex;
use crate::object::containers::{new_bytes, new_frozenset, new_tuple};
use crate::object::function::CodeData;
use crate::object::int::{int_from_bigint, int_from_i64};
use crate::object::str::{intern, new_str};
use crate::object::table::Table;
use crate::object::{alloc, ObjRef, PyCell};
use crate::types::types;
use crate::value::Value;

/// Makes a runtime code object (recursively converting nested code constants).
/// Invalid bytecode is replaced by code that raises SystemError-like RuntimeError.
pub fn new_code_object(code: Arc<CodeObject>) -> ObjRef {
    let consts: Vec<Value> = code.consts.iter().map(constant_value).collect();
    let names: Vec<ObjRef> = code.names.iter().map(|n| intern(n)).collect();
    let localsplusnames: Vec<ObjRef> = code.localsplusnames.iter().map(|n| intern(n)).collect();
    let gen_start = code
        .code
        .iter()
        .position(|u| u.op == Opcode::ReturnGenerator as u8)
        .map_or(0, |i| i as u32 + 1);
    let framesize = code.nlocalsplus() + code.stacksize as usize + 2;
    if let Err(msg) = validate(&code) {
        panic_free_invalid(&msg);
    }
    let fast_nargs = if code.kwonlyargcount == 0
        && code.flags
            & (flags::VARARGS
                | flags::VARKEYWORDS
                | flags::GENERATOR
                | flags::COROUTINE
                | flags::ASYNC_GENERATOR)
            == 0
    {
        code.argcount
    } else {
        u32::MAX
    };
    let fast_entry = u32::from(
        code.code
            .first()
            .is_some_and(|u| u.op == Opcode::Resume as u8),
    );
    // The instructions the eval loop runs: `co_code` with each cache-owning instruction's
    // first CACHE unit holding the index of its entry in `global_cache`/`attr_cache`
    // (`u16::MAX`: none), so the instruction finds its cache from `ip` alone.
    let mut instrs: Box<[CodeUnit]> = code.code.clone().into_boxed_slice();
    let mut ncaches = 0usize;
    let mut nattr = 0usize;
    for ins in decode(&code.code, false) {
        let counter = match ins.opcode {
            Some(Opcode::LoadGlobal) => &mut ncaches,
            Some(Opcode::LoadAttr | Opcode::StoreAttr) => &mut nattr,
            _ => continue,
        };
        let slot = if *counter < u16::MAX as usize {
            *counter += 1;
            (*counter - 1) as u16
        } else {
            u16::MAX
        };
        if let Some(unit) = instrs.get_mut(ins.offset as usize + 1) {
            *unit = cache_slot_unit(slot);
        }
    }
    let global_cache = (0..ncaches)
        .map(|_| crate::object::function::GlobalCache::default())
        .collect();
    alloc(
        &types().code,
        CodeData {
            code,
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            localsplusnames: localsplusnames.into_boxed_slice(),
            gen_start,
            framesize,
            fast_nargs,
            fast_entry,
            global_cache,
            attr_cache: (0..nattr).map(|_| Default::default()).collect(),
            instrs,
        },
    )
}

/// The CACHE unit that records cache slot `slot` (low byte in the opcode byte).
fn cache_slot_unit(slot: u16) -> CodeUnit {
    let [lo, hi] = slot.to_le_bytes();
    CodeUnit { op: lo, arg: hi }
}

/// The cache slot recorded in the first CACHE unit of a cache-owning instruction.
#[inline(always)]
pub fn cache_slot(unit: CodeUnit) -> u16 {
    u16::from_le_bytes([unit.op, unit.arg])
}

#[cold]
fn panic_free_invalid(msg: &str) {
    // Only our own compiler produces code objects, so invalid code is a compiler bug; report
    // it loudly in debug builds.
    debug_assert!(false, "invalid bytecode: {msg}");
    eprintln!("ferrum: internal error: invalid bytecode: {msg}");
    std::process::abort();
}

/// Checks the invariants the eval loop relies on.
pub fn validate(code: &CodeObject) -> Result<(), String> {
    let n = code.code.len() as u32;
    let nlp = code.nlocalsplus() as u32;
    for ins in decode(&code.code, false) {
        let Some(op) = ins.opcode else {
            return Err(format!("unknown opcode {} at {}", ins.op, ins.offset));
        };
        if ins.next_offset() > n {
            return Err(format!("{} at {} runs past the end", op.name(), ins.offset));
        }
        let a = ins.arg;
        let ok = match op.arg_kind() {
            ArgKind::Const => (a as usize) < code.consts.len(),
            ArgKind::Name => (a as usize) < code.names.len(),
            ArgKind::NameShift1 => ((a >> 1) as usize) < code.names.len(),
            ArgKind::NameShift2 => ((a >> 2) as usize) < code.names.len(),
            ArgKind::Local | ArgKind::Deref => a < nlp,
            ArgKind::LocalPair => (a >> 4) < nlp && (a & 15) < nlp,
            ArgKind::JumpForward | ArgKind::JumpBackward => {
                let extra = if op == Opcode::ForIter { 2 } else { 0 };
                ins.jump_target().is_some_and(|t| t + extra <= n)
            }
            _ => true,
        };
        if !ok {
            return Err(format!(
                "bad argument {} for {} at {}",
                a,
                op.name(),
                ins.offset
            ));
        }
    }
    if let Some(last) = code.code.last() {
        if last.op == Opcode::ExtendedArg as u8 {
            return Err("trailing EXTENDED_ARG".into());
        }
    }
    Ok(())
}

/// Converts a compile-time constant into a value.
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::NONE,
        Constant::Bool(b) => Value::from_bool(*b),
        Constant::Int(i) => int_from_i64(*i),
        Constant::BigInt(b) => int_from_bigint(b.clone()),
        Constant::Float(f) => Value::from_f64(*f),
        Constant::Complex(re, im) => new_complex(*re, *im),
        Constant::Str(s) => {
            if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                intern(s).into_value()
            } else {
                new_str(&**s)
            }
        }
        Constant::Bytes(b) => new_bytes(b.to_vec()),
        Constant::Tuple(items) => new_tuple(items.iter().map(constant_value).collect()),
        Constant::FrozenSet(items) => {
            let mut t = Table::new();
            for it in items.iter() {
                let v = constant_value(it);
                let h = crate::builtins::set::const_hash(&v);
                if t.probe(h, |e| crate::builtins::set::const_eq(&e.key, &v))
                    .is_missing()
                {
                    t.push(h, v, Value::NULL);
                }
            }
            new_frozenset(t)
        }
        Constant::Ellipsis => Value::ELLIPSIS,
        Constant::Code(code) => new_code_object(code.clone()).into_value(),
    }
}

impl crate::object::table::Probe {
    /// Whether the key was absent.
    pub fn is_missing(&self) -> bool {
        matches!(self, crate::object::table::Probe::Missing)
    }
}

/// Keeps `PyCell` in scope for payload definitions elsewhere.
#[allow(dead_code)]
type Unused = PyCell<()>;
