//! `float`: values live in the value word; `FloatData` boxes only instances of float
//! subclasses. Also CPython's float repr (shortest round-trip digits) and float hashing.
//! See docs/design/object-model.md.

use crate::value::Value;

/// Payload of an instance of a float subclass.
pub struct FloatData(pub f64);

/// The float value of a float or float-subclass instance.
#[inline]
pub fn as_f64(v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    v.as_obj()?.downcast::<FloatData>().map(|d| d.0)
}

/// `repr(float)`: the shortest string that round-trips, in CPython's layout ('r' format:
/// scientific notation when the exponent is < -4 or >= 16).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits in scientific form: "1.2345e-5".
    let mut sci = format!("{f:e}");
    // Among the shortest round-tripping digit strings, CPython picks the one closest to the
    // exact value: the correctly rounded string of that length, when it round-trips.
    if let Some((m, _)) = sci.split_once('e') {
        let n = m.chars().filter(char::is_ascii_digit).count();
        let rounded = format!("{:.*e}", n.saturating_sub(1), f);
        if rounded != sci && rounded.parse::<f64>().ok() == Some(f) {
            sci = rounded;
        }
    }
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if negative { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                let zeros = "0".repeat((int_len - n) as usize);
                format!("{sign}{digits}{zeros}.0")
            } else {
                let (a, b) = digits.split_at(int_len as usize);
                format!("{sign}{a}.{b}")
            }
        } else {
            let zeros = "0".repeat((-exp - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// Python's hash of a float (consistent with ints of equal value).
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return crate::object::int::hash_i64(f as i64);
    }
    const BITS: u32 = 61;
    const M: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    x = ((x << e) & M) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits into mantissa in [0.5, 1) and exponent.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5, "1.5"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2f64.sqrt(), "1.4142135623730951"),
            (1.5e300, "1.5e+300"),
            (-2.5e-7, "-2.5e-07"),
            (123456789.0, "123456789.0"),
            (5e-324, "5e-324"),
        ];
        for (f, s) in cases {
            assert_eq!(float_repr(f), s);
        }
    }

    #[test]
    fn hash_matches_cpython() {
        assert_eq!(hash_f64(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(0.1), 230_584_300_921_369_408);
    }
}
