//! `int` and `bool`: small ints live in the value word, bigger ones in an `IntData` box.
//! Arithmetic follows CPython exactly (floor division and modulo round toward negative
//! infinity, `**` with negative exponents returns a float). See docs/design/object-model.md.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::{alloc, ObjRef};
use crate::thread_state::ThreadState;
use crate::types::types;
use crate::value::Value;
use crate::PyResult;

/// Payload of a heap int (outside the inline range, or an instance of an int subclass).
pub struct IntData(pub BigInt);

/// Makes an int value from an `i64`.
#[inline(always)]
pub fn int_from_i64(i: i64) -> Value {
    match Value::try_small_int(i) {
        Some(v) => v,
        None => alloc(&types().int, IntData(BigInt::from(i))).into_value(),
    }
}

/// Makes an int value from a big int, using the inline form when it fits.
pub fn int_from_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small_int(i) {
            return v;
        }
    }
    alloc(&types().int, IntData(b)).into_value()
}

/// The value of an int or bool (including int subclasses) as a big int.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if v.is_bool() {
        return Some(BigInt::from(u8::from(v.is_true_singleton())));
    }
    v.as_obj()?.downcast::<IntData>().map(|d| d.0.clone())
}

/// The value of an int or bool as an `i64`, if it fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if v.is_bool() {
        return Some(i64::from(v.is_true_singleton()));
    }
    v.as_obj()?.downcast::<IntData>().and_then(|d| d.0.to_i64())
}

/// Whether `v` is an int (or bool, or int subclass).
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.is_bool() || v.as_obj().is_some_and(|o| o.is::<IntData>())
}

/// Converts a big int to float with CPython's overflow error.
pub fn bigint_to_f64(ts: &ThreadState, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(ts.overflow_error("int too large to convert to float")),
    }
}

/// Floor division of big ints.
pub fn floordiv(ts: &ThreadState, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(ts.zero_division_error("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}

/// Modulo of big ints (sign of the divisor).
pub fn modulo(ts: &ThreadState, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(ts.zero_division_error("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `a ** b` for ints (b >= 0) with an optional modulus.
pub fn int_pow(ts: &ThreadState, a: &BigInt, b: &BigInt, m: Option<&BigInt>) -> PyResult<Value> {
    if let Some(m) = m {
        if m.is_zero() {
            return Err(ts.value_error("pow() 3rd argument cannot be 0"));
        }
        let (base, exp) = if b.is_negative() {
            let inv = mod_inverse(a, m)
                .ok_or_else(|| ts.value_error("base is not invertible for the given modulus"))?;
            (inv, -b)
        } else {
            (a.clone(), b.clone())
        };
        let r = base.modpow(&exp, &m.abs());
        let r = if m.is_negative() && !r.is_zero() {
            r + m
        } else {
            r
        };
        return Ok(int_from_bigint(r));
    }
    if b.is_negative() {
        let fa = bigint_to_f64(ts, a)?;
        let fb = bigint_to_f64(ts, b)?;
        if fa == 0.0 {
            return Err(ts.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::from_f64(fa.powf(fb)));
    }
    let Some(e) = b.to_u32() else {
        if a.is_zero() || a.is_one() {
            return Ok(int_from_bigint(a.clone()));
        }
        if *a == BigInt::from(-1) {
            return Ok(int_from_i64(if b.is_even() { 1 } else { -1 }));
        }
        return Err(ts.memory_error());
    };
    Ok(int_from_bigint(num_traits::pow(a.clone(), e as usize)))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// Python's hash of an int: value modulo the Mersenne prime 2**61 - 1, -1 mapped to -2.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from((1u64 << 61) - 1);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a small int.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let r = i.unsigned_abs() % (M as u64);
    let h = if i < 0 { -(r as i64) } else { r as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Helper for big-int bit operations with Python's infinite two's complement semantics
/// (num-bigint already implements these for negative numbers).
pub fn shift_left(ts: &ThreadState, a: &BigInt, n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(ts.value_error("negative shift count"));
    }
    let Some(n) = n.to_usize().filter(|n| *n < (1 << 32)) else {
        if a.is_zero() {
            return Ok(int_from_i64(0));
        }
        return Err(ts.overflow_error("too many digits in integer"));
    };
    Ok(int_from_bigint(a << n))
}

/// `a >> n`.
pub fn shift_right(ts: &ThreadState, a: &BigInt, n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(ts.value_error("negative shift count"));
    }
    match n.to_usize() {
        Some(n) => Ok(int_from_bigint(a >> n)),
        None => Ok(int_from_i64(if a.is_negative() { -1 } else { 0 })),
    }
}

/// Allocates an int-subclass instance.
pub fn new_int_subclass(ty: &ObjRef, b: BigInt) -> Value {
    alloc(ty, IntData(b)).into_value()
}
