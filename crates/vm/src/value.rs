//! `Value`: the 8-byte word every Python value is held in (NaN-boxing with offset doubles).
//!
//! Heap pointers are stored as they are, so that reference counting and type checks use them
//! without untagging; doubles are shifted up by 2^48 out of their way; the top of the space
//! holds everything else. By the top 16 bits of the word:
//!
//! | top 16 bits        | meaning                                                          |
//! |--------------------|------------------------------------------------------------------|
//! | `0x0000`           | a pointer to a heap object (48-bit address; never 0)             |
//! | `0x0001..=0xFFF1`  | an `f64`: its IEEE bits + 2^48 (NaNs are boxed, see below)        |
//! | `0xFFFA`           | an immediate singleton: None, False, True, NotImplemented, …     |
//! | `0xFFFC..=0xFFFF`  | a small int: 50-bit two's complement payload                     |
//!
//! Small ints and floats therefore never allocate. Heap objects are reference counted:
//! cloning a `Value` increments the count, dropping it decrements and frees at zero, which
//! gives CPython's finalization timing. See docs/design/object-model.md.

use std::fmt;
use std::mem::ManuallyDrop;

use crate::object::{ObjHeader, ObjRef};

const TAG_SHIFT: u32 = 48;
const SPECIAL_TAG: u64 = 0xFFFA;
/// Added to a double's bits (every non-NaN double's bits are at most those of -inf, so the
/// encoded doubles stay below the singletons).
const FLOAT_OFFSET: u64 = 1 << TAG_SHIFT;
/// The bits of -inf: the largest bit pattern of a non-NaN double.
const FLOAT_RAW_MAX: u64 = 0xFFF0_0000_0000_0000;
const INT_PREFIX: u64 = 0x3FFF; // top 14 bits all ones
const INT_SHIFT: u32 = 50;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;

/// Smallest int held inline.
pub const SMALL_INT_MIN: i64 = -(1 << 49);
/// Largest int held inline.
pub const SMALL_INT_MAX: i64 = (1 << 49) - 1;

/// A Python value: an inline small int, float or singleton, or an owned reference to a heap
/// object.
#[repr(transparent)]
pub struct Value(u64);

/// The immediate singletons (payloads under [`SPECIAL_TAG`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Special {
    /// The NULL marker of the value stack (an empty self slot, an unbound local). Never
    /// visible to Python code.
    Null = 0,
    /// `None`.
    None = 1,
    /// `False`.
    False = 2,
    /// `True`.
    True = 3,
    /// `NotImplemented`.
    NotImplemented = 4,
    /// `Ellipsis`.
    Ellipsis = 5,
}

const fn special(s: Special) -> u64 {
    (SPECIAL_TAG << TAG_SHIFT) | s as u64
}

/// NaNs are boxed: each `float('nan')` is a distinct object, as in CPython (`x is y` and
/// `nan in [nan]` depend on identity). Arithmetic on them takes the slow path.
#[cold]
#[inline(never)]
fn nan_object(f: f64) -> Value {
    crate::object::alloc(
        &crate::types::types().float,
        crate::object::float::FloatData(f),
    )
    .into_value()
}

/// The value bits of a heap pointer (used by [`ObjRef`]): the address itself.
#[inline(always)]
pub(crate) fn tag_obj_ptr(ptr: *mut ObjHeader) -> u64 {
    let p = ptr as u64;
    debug_assert!(
        p & !PAYLOAD_MASK == 0 && p != 0,
        "heap address above 48 bits"
    );
    p
}

/// The heap pointer in a heap object's value bits.
#[inline(always)]
pub(crate) fn untag_obj_ptr(bits: u64) -> *mut ObjHeader {
    bits as *mut ObjHeader
}

/// A decoded view of a value, for matching.
pub enum Unpacked<'a> {
    /// A small int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A singleton.
    Special(Special),
    /// A heap object (borrowed).
    Obj(&'a ObjRef),
}

impl Value {
    /// `None`.
    pub const NONE: Value = Value(special(Special::None));
    /// `True`.
    pub const TRUE: Value = Value(special(Special::True));
    /// `False`.
    pub const FALSE: Value = Value(special(Special::False));
    /// The NULL marker.
    pub const NULL: Value = Value(special(Special::Null));
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = Value(special(Special::NotImplemented));
    /// `Ellipsis`.
    pub const ELLIPSIS: Value = Value(special(Special::Ellipsis));

    /// The raw bits (for identity and hashing of identities).
    #[inline(always)]
    pub const fn bits(&self) -> u64 {
        self.0
    }

    /// Builds a value from raw bits previously taken with [`Value::into_bits`].
    ///
    /// # Safety
    /// `bits` must come from `into_bits` of a value whose ownership is being handed back.
    #[inline(always)]
    pub const unsafe fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    /// Gives up ownership, returning the raw bits.
    #[inline(always)]
    pub fn into_bits(self) -> u64 {
        ManuallyDrop::new(self).0
    }

    /// A bool singleton.
    #[inline(always)]
    pub const fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A float value (NaNs canonicalised, keeping the sign).
    #[inline(always)]
    pub fn from_f64(f: f64) -> Value {
        if f.is_nan() {
            return nan_object(f);
        }
        // Every non-NaN double (infinities included) lands between the pointers and the
        // singletons.
        Value(f.to_bits().wrapping_add(FLOAT_OFFSET))
    }

    /// A small int if `i` fits inline, else `None`.
    #[inline(always)]
    pub const fn try_small_int(i: i64) -> Option<Value> {
        if i >= SMALL_INT_MIN && i <= SMALL_INT_MAX {
            Some(Value(
                (INT_PREFIX << INT_SHIFT) | (i as u64 & ((1 << INT_SHIFT) - 1)),
            ))
        } else {
            None
        }
    }

    /// A small int; `i` must be in range.
    #[inline(always)]
    pub const fn small_int(i: i64) -> Value {
        debug_assert!(i >= SMALL_INT_MIN && i <= SMALL_INT_MAX);
        Value((INT_PREFIX << INT_SHIFT) | (i as u64 & ((1 << INT_SHIFT) - 1)))
    }

    /// Takes ownership of a heap object reference.
    #[inline(always)]
    pub fn from_obj(obj: ObjRef) -> Value {
        Value(obj.into_bits())
    }

    /// Is this a float?
    #[inline(always)]
    pub const fn is_float(&self) -> bool {
        // Pointers wrap around to huge numbers here.
        self.0.wrapping_sub(FLOAT_OFFSET) <= FLOAT_RAW_MAX
    }

    /// Is this a small (inline) int? (bools are not.)
    #[inline(always)]
    pub const fn is_small_int(&self) -> bool {
        self.0 >> INT_SHIFT == INT_PREFIX
    }

    /// Is this a heap object?
    #[inline(always)]
    pub const fn is_obj(&self) -> bool {
        // A pointer: in 1..2^48 (an all-zero word is never an object; 2^48 is the float 0.0).
        self.0.wrapping_sub(1) < PAYLOAD_MASK
    }

    /// Is this the NULL marker?
    #[inline(always)]
    pub const fn is_null(&self) -> bool {
        self.0 == special(Special::Null)
    }

    /// Is this `None`?
    #[inline(always)]
    pub const fn is_none(&self) -> bool {
        self.0 == special(Special::None)
    }

    /// Is this `True` or `False`?
    #[inline(always)]
    pub const fn is_bool(&self) -> bool {
        self.0 == special(Special::True) || self.0 == special(Special::False)
    }

    /// Is this `True`?
    #[inline(always)]
    pub const fn is_true_singleton(&self) -> bool {
        self.0 == special(Special::True)
    }

    /// The small int payload; only meaningful if [`Value::is_small_int`].
    #[inline(always)]
    pub const fn as_small_int_unchecked(&self) -> i64 {
        ((self.0 << (64 - INT_SHIFT)) as i64) >> (64 - INT_SHIFT)
    }

    /// The small int, if this is one.
    #[inline(always)]
    pub const fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.as_small_int_unchecked())
        } else {
            None
        }
    }

    /// The float, if this is one.
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0.wrapping_sub(FLOAT_OFFSET)))
        } else {
            None
        }
    }

    /// The special singleton, if this is one.
    #[inline(always)]
    pub fn as_special(&self) -> Option<Special> {
        if self.0 >> TAG_SHIFT == SPECIAL_TAG {
            Some(match self.0 & 0xFF {
                0 => Special::Null,
                1 => Special::None,
                2 => Special::False,
                3 => Special::True,
                4 => Special::NotImplemented,
                _ => Special::Ellipsis,
            })
        } else {
            None
        }
    }

    /// The heap object, borrowed, if this is one.
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        if self.is_obj() {
            // SAFETY: `ObjRef` is a transparent wrapper around the same pointer bits minus the
            // tag; `obj_ref_view` reinterprets our storage as that pointer.
            Some(unsafe { self.obj_ref_view() })
        } else {
            None
        }
    }

    /// The raw header pointer of a heap object; only valid if [`Value::is_obj`].
    #[inline(always)]
    pub fn obj_ptr(&self) -> *mut ObjHeader {
        self.0 as *mut ObjHeader
    }

    /// # Safety
    /// `self` must be a heap object.
    #[inline(always)]
    unsafe fn obj_ref_view(&self) -> &ObjRef {
        // SAFETY: `ObjRef` is `repr(transparent)` over the same tagged bits as `Value`, and the
        // caller guarantees the tag says "heap object".
        unsafe { &*(self as *const Value as *const ObjRef) }
    }

    /// Decodes for matching.
    #[inline(always)]
    pub fn unpack(&self) -> Unpacked<'_> {
        if self.is_float() {
            Unpacked::Float(f64::from_bits(self.0.wrapping_sub(FLOAT_OFFSET)))
        } else if self.is_small_int() {
            Unpacked::Int(self.as_small_int_unchecked())
        } else if let Some(o) = self.as_obj() {
            Unpacked::Obj(o)
        } else {
            Unpacked::Special(self.as_special().unwrap_or(Special::Null))
        }
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Takes the value out, leaving NULL.
    #[inline(always)]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Value::NULL)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_obj() {
            // SAFETY: a tagged object pointer in a live `Value` points at a live object
            // (we hold a reference).
            unsafe { (*self.obj_ptr()).incref() };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_obj() {
            // SAFETY: we own one reference to a live object and give it up here.
            unsafe { ObjHeader::decref(self.obj_ptr()) };
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.unpack() {
            Unpacked::Int(i) => write!(f, "Int({i})"),
            Unpacked::Float(x) => write!(f, "Float({x})"),
            Unpacked::Special(s) => write!(f, "{s:?}"),
            Unpacked::Obj(o) => write!(f, "Obj({:p}: {})", o.as_ptr(), o.type_name()),
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

const _: () = assert!(size_of::<Value>() == 8);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip() {
        for i in [0, 1, -1, 42, SMALL_INT_MIN, SMALL_INT_MAX, -123456789] {
            let v = Value::try_small_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_float() && !v.is_obj());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_round_trip() {
        for x in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -1e300,
        ] {
            let v = Value::from_f64(x);
            assert!(v.is_float() && !v.is_obj() && !v.is_small_int());
            assert!(v.as_special().is_none());
            assert_eq!(v.as_float().unwrap().to_bits(), x.to_bits());
        }
        // Pointer-like words and the all-zero word are never floats.
        for bits in [0u64, 8, 0x7fff_ffff_fff8, PAYLOAD_MASK] {
            // SAFETY: the word is only classified, never dropped as an object.
            let v = ManuallyDrop::new(unsafe { Value::from_bits(bits) });
            assert!(!v.is_float() && !v.is_small_int());
            assert_eq!(v.is_obj(), bits != 0);
        }
        let nan = Value::from_f64(f64::NAN);
        assert!(nan.is_obj() && crate::object::float::as_f64(&nan).unwrap().is_nan());
        let neg_nan = Value::from_f64(-f64::NAN);
        assert!(crate::object::float::as_f64(&neg_nan)
            .unwrap()
            .is_sign_negative());
        assert!(
            !nan.is(&Value::from_f64(f64::NAN)),
            "each NaN is its own object"
        );
    }

    #[test]
    fn specials_are_distinct() {
        let all = [
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::NULL,
            Value::NOT_IMPLEMENTED,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_obj());
            for (j, b) in all.iter().enumerate() {
                assert_eq!(i == j, a.is(b));
            }
        }
    }
}
