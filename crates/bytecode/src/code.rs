//! Compile-time code objects: what the compiler produces and the VM turns into `code` objects.
//!
//! A [`CodeObject`] holds the instruction array (16-bit code units, caches included and zeroed),
//! the constant, name and localsplus tables, and the CPython-encoded exception and location
//! tables. It never refers to VM objects: constants are [`Constant`]s, so the compiler does not
//! depend on the VM. See docs/design/bytecode.md.

use std::sync::Arc;

use num_bigint::BigInt;

use crate::instructions::Opcode;

/// One 16-bit code unit: opcode byte then oparg byte (byte-order independent, as CPython).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[repr(C)]
pub struct CodeUnit {
    /// The opcode byte.
    pub op: u8,
    /// The oparg byte.
    pub arg: u8,
}

impl CodeUnit {
    /// Builds a unit from an opcode and the low byte of its argument.
    pub const fn new(op: Opcode, arg: u8) -> CodeUnit {
        CodeUnit { op: op as u8, arg }
    }
}

/// `co_flags` bits (CPython's values).
pub mod flags {
    /// Locals are fast locals (functions).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals dict is made for each call.
    pub const NEWLOCALS: u32 = 0x0002;
    /// Has a `*args` parameter.
    pub const VARARGS: u32 = 0x0004;
    /// Has a `**kwargs` parameter.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x0010;
    /// A generator function.
    pub const GENERATOR: u32 = 0x0020;
    /// A coroutine function (`async def`).
    pub const COROUTINE: u32 = 0x0080;
    /// A generator usable with `await` (`types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    /// An async generator function.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// `from __future__ import annotations`.
    pub const FUTURE_ANNOTATIONS: u32 = 0x0100_0000;
}

/// `co_localspluskinds` bits (CPython's values).
pub mod local_kind {
    /// A positional or keyword parameter.
    pub const ARG_POS: u8 = 0x02;
    /// The `*args` parameter.
    pub const ARG_VAR: u8 = 0x04;
    /// The `**kwargs` parameter.
    pub const ARG_VAR_KW: u8 = 0x08;
    /// A keyword-only parameter.
    pub const ARG_KW: u8 = 0x10;
    /// A comprehension-inlined variable hidden from `locals()`.
    pub const HIDDEN: u8 = 0x10;
    /// An ordinary local (in `co_varnames`).
    pub const LOCAL: u8 = 0x20;
    /// A cell variable (in `co_cellvars`); may also be LOCAL when a parameter is a cell.
    pub const CELL: u8 = 0x40;
    /// A free variable (in `co_freevars`).
    pub const FREE: u8 = 0x80;
}

/// A compile-time constant (an entry of `co_consts`).
#[derive(Clone, Debug)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int; small ones use [`Constant::Int`].
    Int(i64),
    /// An int outside `i64`.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A complex number (real, imag).
    Complex(f64, f64),
    /// A str.
    Str(Arc<str>),
    /// A bytes object.
    Bytes(Arc<[u8]>),
    /// A tuple of constants.
    Tuple(Arc<[Constant]>),
    /// A frozenset of constants (from `x in {1, 2}`).
    FrozenSet(Arc<[Constant]>),
    /// `...`.
    Ellipsis,
    /// A nested code object.
    Code(Arc<CodeObject>),
}

impl Constant {
    /// Identity used to deduplicate `co_consts`: equal values of the same type (floats by bit
    /// pattern, so `0.0` and `-0.0` stay apart, as in CPython).
    pub fn same_as(&self, other: &Constant) -> bool {
        use Constant as C;
        match (self, other) {
            (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
            (C::Bool(a), C::Bool(b)) => a == b,
            (C::Int(a), C::Int(b)) => a == b,
            (C::BigInt(a), C::BigInt(b)) => a == b,
            (C::Float(a), C::Float(b)) => a.to_bits() == b.to_bits(),
            (C::Complex(a, b), C::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (C::Str(a), C::Str(b)) => a == b,
            (C::Bytes(a), C::Bytes(b)) => a == b,
            (C::Tuple(a), C::Tuple(b)) | (C::FrozenSet(a), C::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            (C::Code(a), C::Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A compiled code object (CPython's `PyCodeObject` minus the runtime parts).
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    /// Instructions and their zeroed inline caches.
    pub code: Vec<CodeUnit>,
    /// `co_consts`.
    pub consts: Vec<Constant>,
    /// `co_names`: globals, attributes and imported names.
    pub names: Vec<Arc<str>>,
    /// Names of the localsplus slots (locals, then cells that are not locals, then frees).
    pub localsplusnames: Vec<Arc<str>>,
    /// One [`local_kind`] byte per localsplus slot.
    pub localspluskinds: Vec<u8>,
    /// `co_argcount` (positional parameters, including positional-only).
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_stacksize`: the maximum value-stack depth.
    pub stacksize: u32,
    /// `co_flags` ([`flags`]).
    pub flags: u32,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// `co_filename`.
    pub filename: Arc<str>,
    /// `co_name`.
    pub name: Arc<str>,
    /// `co_qualname`.
    pub qualname: Arc<str>,
    /// `co_linetable` in CPython 3.11's location-table encoding.
    pub linetable: Vec<u8>,
    /// `co_exceptiontable` in CPython's encoding.
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    /// `co_code` as bytes (opcode, oparg pairs).
    pub fn code_bytes(&self) -> Vec<u8> {
        self.code.iter().flat_map(|u| [u.op, u.arg]).collect()
    }

    fn names_with(&self, pred: impl Fn(u8) -> bool) -> Vec<Arc<str>> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, k)| pred(**k))
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// `co_varnames`: parameters and other locals.
    pub fn varnames(&self) -> Vec<Arc<str>> {
        self.names_with(|k| k & local_kind::LOCAL != 0)
    }

    /// `co_cellvars`: variables captured by inner functions.
    pub fn cellvars(&self) -> Vec<Arc<str>> {
        self.names_with(|k| k & local_kind::CELL != 0)
    }

    /// `co_freevars`: variables captured from enclosing functions.
    pub fn freevars(&self) -> Vec<Arc<str>> {
        self.names_with(|k| k & local_kind::FREE != 0)
    }

    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.localspluskinds
            .iter()
            .filter(|k| *k & local_kind::LOCAL != 0)
            .count()
    }

    /// Number of localsplus slots (locals + cells + frees), before the value stack.
    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// The total number of parameters, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}
