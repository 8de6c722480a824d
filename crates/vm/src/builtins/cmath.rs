//! The `cmath` module: complex functions on pairs of `f64`, following the branch cuts and
//! the cancellation-avoiding formulas of Kahan's "Branch Cuts for Complex Elementary
//! Functions" (as CPython does) and C99 Annex G for infinite and NaN parts. Errors follow
//! CPython's rules: a NaN produced from non-NaN parts is a domain error (`ValueError: math
//! domain error`), an infinity produced from finite parts a range error (`OverflowError:
//! math range error`), except the poles of `log` and `atanh`, which are domain errors.
//! See docs/design/stdlib-bridge.md.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LN_2, PI};

use crate::builtins::math::asinh;
use crate::call::{check_args, parse_args};
use crate::object::complex::{as_complex, new_complex};
use crate::object::containers::new_tuple;
use crate::object::float::as_f64;
use crate::object::int::{as_bigint, bigint_to_f64};
use crate::object::ObjRef;
use crate::protocol::{self as p, new_builtin_function, type_name};
use crate::thread_state::ThreadState;
use crate::types::dict_set_str;
use crate::value::Value;
use crate::{PyErr, PyResult};

type C = (f64, f64);

const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// A float from a `float`, `int`, `__float__` or `__index__` value.
fn real_of(ts: &ThreadState, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
    }
    if let Some(b) = as_bigint(v) {
        return bigint_to_f64(ts, &b).map(Some);
    }
    if let Some(r) = p::call_special(ts, v, "__float__", &[])? {
        return match as_f64(&r) {
            Some(f) => Ok(Some(f)),
            None => Err(ts.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(&r)
            ))),
        };
    }
    if let Some(r) = p::call_special(ts, v, "__index__", &[])? {
        if let Some(b) = as_bigint(&r) {
            return bigint_to_f64(ts, &b).map(Some);
        }
    }
    Ok(None)
}

/// The complex value of an argument (`complex`, `__complex__`, or a real number).
fn to_c(ts: &ThreadState, v: &Value) -> PyResult<C> {
    if let Some(c) = as_complex(v) {
        return Ok(c);
    }
    if as_f64(v).is_none() && as_bigint(v).is_none() {
        if let Some(r) = p::call_special(ts, v, "__complex__", &[])? {
            return as_complex(&r).ok_or_else(|| {
                ts.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name(&r)
                ))
            });
        }
    }
    match real_of(ts, v)? {
        Some(f) => Ok((f, 0.0)),
        None => Err(ts.type_error(format!("must be real number, not {}", type_name(v)))),
    }
}

fn to_real(ts: &ThreadState, v: &Value) -> PyResult<f64> {
    match real_of(ts, v)? {
        Some(f) => Ok(f),
        None => Err(ts.type_error(format!("must be real number, not {}", type_name(v)))),
    }
}

fn domain(ts: &ThreadState) -> PyErr {
    ts.value_error("math domain error")
}

fn range_err(ts: &ThreadState) -> PyErr {
    ts.overflow_error("math range error")
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn has_nan(z: C) -> bool {
    z.0.is_nan() || z.1.is_nan()
}

fn has_inf(z: C) -> bool {
    z.0.is_infinite() || z.1.is_infinite()
}

/// Applies CPython's error rules to `f(z)`.
fn checked(ts: &ThreadState, z: C, r: C, pole_is_domain: bool) -> PyResult<C> {
    if has_inf(r) && finite(z) {
        return Err(if pole_is_domain {
            domain(ts)
        } else {
            range_err(ts)
        });
    }
    if has_nan(r) && !has_nan(z) {
        return Err(domain(ts));
    }
    Ok(r)
}

/// Checks the argument count of a one-argument function (`cmath.sqrt() takes ...`).
fn one_arg(ts: &ThreadState, name: &str, a: &[Value], k: &[Value]) -> PyResult<()> {
    check_args(ts, &format!("cmath.{name}"), a, k, 1, 1)
}

/// Checks the argument count of `log`/`rect` (`rect expected 2 arguments, got 1`).
fn arg_range(
    ts: &ThreadState,
    name: &str,
    a: &[Value],
    k: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    crate::call::no_kwargs(ts, &format!("cmath.{name}"), k)?;
    let n = a.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |m: usize| if m == 1 { "" } else { "s" };
    Err(ts.type_error(if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }))
}

// ----- the functions on finite and non-finite parts -----

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if y.is_infinite() {
            return (f64::INFINITY, y);
        }
        if x == f64::NEG_INFINITY {
            return if y.is_nan() {
                (f64::NAN, f64::INFINITY)
            } else {
                (0.0, f64::INFINITY.copysign(y))
            };
        }
        if x == f64::INFINITY {
            return if y.is_nan() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::INFINITY, 0f64.copysign(y))
            };
        }
        return (f64::NAN, f64::NAN);
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let sx = ax * 2f64.powi(53);
        (sx + sx.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        let ax8 = ax / 8.0;
        2.0 * (ax8 + ax8.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

fn c_exp(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x == f64::INFINITY {
            if y == 0.0 {
                return (x, y);
            }
            if y.is_finite() {
                return (
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()),
                );
            }
            return (f64::INFINITY, f64::NAN);
        }
        if x == f64::NEG_INFINITY {
            if y.is_finite() {
                return (0f64.copysign(y.cos()), 0f64.copysign(y.sin()));
            }
            return (0.0, 0.0);
        }
        if x.is_nan() {
            return if y == 0.0 {
                (f64::NAN, y)
            } else {
                (f64::NAN, f64::NAN)
            };
        }
        return (f64::NAN, f64::NAN);
    }
    if y == 0.0 {
        return (x.exp(), y);
    }
    if x > log_large() {
        let l = (x - 1.0).exp();
        (
            l * y.cos() * std::f64::consts::E,
            l * y.sin() * std::f64::consts::E,
        )
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    }
}

/// `log|z|` and `arg z`; `None` at zero (a pole).
fn c_log(z: C) -> C {
    let (x, y) = z;
    let (ax, ay) = (x.abs(), y.abs());
    let re = if !finite(z) {
        ax.hypot(ay).ln()
    } else if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            (ax * 2f64.powi(53)).hypot(ay * 2f64.powi(53)).ln() - 53.0 * LN_2
        } else {
            f64::NEG_INFINITY
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = ax.max(ay);
            let an = ax.min(ay);
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (re, y.atan2(x))
}

fn c_cosh(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() {
            if y == 0.0 {
                let neg = x.is_sign_negative() != y.is_sign_negative();
                return (f64::INFINITY, if neg { -0.0 } else { 0.0 });
            }
            if y.is_finite() {
                return (
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()) * x.signum(),
                );
            }
            return (f64::INFINITY, f64::NAN);
        }
        if x == 0.0 {
            return (f64::NAN, 0.0);
        }
        if x.is_nan() && y == 0.0 {
            return (f64::NAN, 0.0);
        }
        return (f64::NAN, f64::NAN);
    }
    if x.abs() > log_large() {
        let xm = x - 1f64.copysign(x);
        (
            y.cos() * xm.cosh() * std::f64::consts::E,
            y.sin() * xm.sinh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    }
}

fn c_sinh(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() {
            if y == 0.0 {
                return (x, y);
            }
            if y.is_finite() {
                return (x.copysign(y.cos() * x), f64::INFINITY.copysign(y.sin()));
            }
            return (if y.is_nan() { f64::INFINITY } else { x }, f64::NAN);
        }
        if x == 0.0 {
            return (0.0, f64::NAN);
        }
        if x.is_nan() && y == 0.0 {
            return (f64::NAN, y);
        }
        return (f64::NAN, f64::NAN);
    }
    if x.abs() > log_large() {
        let xm = x - 1f64.copysign(x);
        (
            y.cos() * xm.sinh() * std::f64::consts::E,
            y.sin() * xm.cosh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    }
}

fn c_tanh(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() {
            if y.is_finite() {
                return (1f64.copysign(x), 0f64.copysign(2.0 * y.sin() * y.cos()));
            }
            return (1f64.copysign(x), 0.0);
        }
        if x.is_nan() && y == 0.0 {
            return (f64::NAN, y);
        }
        return (f64::NAN, f64::NAN);
    }
    if x.abs() > log_large() {
        (
            1f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        )
    } else {
        let tx = x.tanh();
        let ty = y.tan();
        let cx = 1.0 / x.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn c_acos(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() {
            if y.is_nan() {
                return (f64::NAN, f64::INFINITY);
            }
            if y.is_infinite() {
                let re = if x > 0.0 { FRAC_PI_4 } else { 3.0 * FRAC_PI_4 };
                return (re, -y);
            }
            return (if x > 0.0 { 0.0 } else { PI }, -f64::INFINITY.copysign(y));
        }
        if y.is_infinite() {
            return (if x.is_nan() { f64::NAN } else { FRAC_PI_2 }, -y);
        }
        if x == 0.0 {
            return (FRAC_PI_2, f64::NAN);
        }
        return (f64::NAN, f64::NAN);
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = y.abs().atan2(x);
        let l = (x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN_2;
        let im = if x < 0.0 {
            -l.copysign(y)
        } else {
            l.copysign(-y)
        };
        return (re, im);
    }
    let s1 = c_sqrt((1.0 - x, -y));
    let s2 = c_sqrt((1.0 + x, y));
    (2.0 * s1.0.atan2(s2.0), asinh(s2.0 * s1.1 - s2.1 * s1.0))
}

fn c_acosh(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() {
            if y.is_nan() {
                return (f64::INFINITY, f64::NAN);
            }
            if y.is_infinite() {
                let im = if x > 0.0 { FRAC_PI_4 } else { 3.0 * FRAC_PI_4 };
                return (f64::INFINITY, im.copysign(y));
            }
            return (f64::INFINITY, (if x > 0.0 { 0.0 } else { PI }).copysign(y));
        }
        if y.is_infinite() {
            return (
                f64::INFINITY,
                if x.is_nan() {
                    f64::NAN
                } else {
                    FRAC_PI_2.copysign(y)
                },
            );
        }
        return (f64::NAN, f64::NAN);
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        return ((x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN_2, y.atan2(x));
    }
    let s1 = c_sqrt((x - 1.0, y));
    let s2 = c_sqrt((x + 1.0, y));
    (asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
}

fn c_asinh(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() {
            if y.is_nan() {
                return (x, f64::NAN);
            }
            if y.is_infinite() {
                return (x, FRAC_PI_4.copysign(y));
            }
            return (x, 0f64.copysign(y));
        }
        if y.is_infinite() {
            return (
                if x.is_nan() {
                    f64::INFINITY
                } else {
                    f64::INFINITY.copysign(x)
                },
                if x.is_nan() {
                    f64::NAN
                } else {
                    FRAC_PI_2.copysign(y)
                },
            );
        }
        if y == 0.0 {
            return (f64::NAN, y);
        }
        return (f64::NAN, f64::NAN);
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = (x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN_2;
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -l.copysign(-x)
        };
        return (re, y.atan2(x.abs()));
    }
    let s1 = c_sqrt((1.0 + y, -x));
    let s2 = c_sqrt((1.0 - y, x));
    (
        asinh(s1.0 * s2.1 - s2.0 * s1.1),
        y.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_atanh(z: C) -> C {
    let (x, y) = z;
    if x.is_sign_negative() && !x.is_nan() {
        let r = c_atanh((-x, -y));
        return (-r.0, -r.1);
    }
    if !finite(z) {
        if x.is_infinite() {
            return (
                0.0,
                if y.is_nan() {
                    f64::NAN
                } else {
                    FRAC_PI_2.copysign(y)
                },
            );
        }
        if y.is_infinite() {
            return (
                if x.is_nan() { 0.0 } else { 0f64.copysign(x) },
                FRAC_PI_2.copysign(y),
            );
        }
        if x == 0.0 {
            return (x, f64::NAN);
        }
        return (f64::NAN, f64::NAN);
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        let h = (x / 2.0).hypot(y / 2.0);
        return (x / 4.0 / h / h, -FRAC_PI_2.copysign(-y));
    }
    if x == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return (f64::INFINITY, y);
        }
        return (
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(y),
        );
    }
    (
        (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    )
}

/// `-i f(iz)`, the relation between the circular and hyperbolic functions.
fn rotated(f: fn(C) -> C, z: C) -> C {
    let r = f((-z.1, z.0));
    (r.1, -r.0)
}

fn c_asin(z: C) -> C {
    rotated(c_asinh, z)
}

fn c_atan(z: C) -> C {
    rotated(c_atanh, z)
}

fn c_sin(z: C) -> C {
    rotated(c_sinh, z)
}

fn c_tan(z: C) -> C {
    rotated(c_tanh, z)
}

fn c_cos(z: C) -> C {
    c_cosh((-z.1, z.0))
}

/// Complex division as CPython's `complex.__truediv__` does it (Smith's method).
fn c_div(a: C, b: C) -> Option<C> {
    let (br, bi) = b;
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn one(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    name: &str,
    f: fn(C) -> C,
    pole_is_domain: bool,
) -> PyResult<Value> {
    one_arg(ts, name, a, k)?;
    let z = to_c(ts, &a[0])?;
    let r = checked(ts, z, f(z), pole_is_domain)?;
    Ok(new_complex(r.0, r.1))
}

macro_rules! unary_fns {
    ($($name:literal => $f:expr, $pole:expr;)*) => {
        &[$(($name, |ts, a, k| one(ts, a, k, $name, $f, $pole)),)*]
    };
}

fn log_fn(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    arg_range(ts, "log", a, k, 1, 2)?;
    let z = to_c(ts, &a[0])?;
    // As in CPython, only the last step's error counts when a base is given: the log of
    // the base, then the division.
    let r = match a.get(1) {
        None => checked(ts, z, c_log(z), true)?,
        Some(b) => {
            let bz = to_c(ts, b)?;
            let lb = checked(ts, bz, c_log(bz), true)?;
            c_div(c_log(z), lb).ok_or_else(|| domain(ts))?
        }
    };
    Ok(new_complex(r.0, r.1))
}

fn phase_of(ts: &ThreadState, v: &Value) -> PyResult<f64> {
    let (x, y) = to_c(ts, v)?;
    Ok(y.atan2(x))
}

fn rect(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    arg_range(ts, "rect", a, k, 2, 2)?;
    let r = to_real(ts, &a[0])?;
    let phi = to_real(ts, &a[1])?;
    let z = (r, phi);
    let out = if !finite(z) {
        if r.is_infinite() && phi.is_finite() {
            if phi == 0.0 {
                (r, phi * r.signum())
            } else {
                (r * phi.cos(), r * phi.sin())
            }
        } else if r.is_infinite() {
            (f64::INFINITY, f64::NAN)
        } else if r.is_nan() {
            if phi == 0.0 {
                (f64::NAN, 0.0)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if r == 0.0 {
            (0.0, 0.0)
        } else {
            (f64::NAN, f64::NAN)
        }
    } else if phi == 0.0 {
        (r, phi * r)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    if has_nan(out) && !has_nan(z) {
        return Err(domain(ts));
    }
    Ok(new_complex(out.0, out.1))
}

fn isclose(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    if npos > 2 {
        return Err(ts.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    let [x, y, rel, abs] = parse_args(ts, "isclose", a, k, ["a", "b", "rel_tol", "abs_tol"], 0, 2)?;
    for (slot, name) in [(&x, "a"), (&y, "b")].into_iter().zip(1..) {
        if slot.0.is_none() {
            return Err(ts.type_error(format!(
                "isclose() missing required argument '{}' (pos {name})",
                slot.1
            )));
        }
    }
    let x = to_c(ts, &x.unwrap_or(Value::NONE))?;
    let y = to_c(ts, &y.unwrap_or(Value::NONE))?;
    let rel = match rel {
        Some(r) => to_real(ts, &r)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(r) => to_real(ts, &r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(ts.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if has_inf(x) || has_inf(y) {
        return Ok(Value::FALSE);
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let ax = x.0.hypot(x.1);
    let ay = y.0.hypot(y.1);
    Ok(Value::from_bool(
        diff <= rel * ay || diff <= rel * ax || diff <= abs,
    ))
}

/// Fills the `cmath` module namespace.
pub fn make_cmath_module(dict: &ObjRef) {
    dict_set_str(dict, "pi", Value::from_f64(PI));
    dict_set_str(dict, "e", Value::from_f64(std::f64::consts::E));
    dict_set_str(dict, "tau", Value::from_f64(std::f64::consts::TAU));
    dict_set_str(dict, "inf", Value::from_f64(f64::INFINITY));
    dict_set_str(dict, "nan", Value::from_f64(f64::NAN));
    dict_set_str(dict, "infj", new_complex(0.0, f64::INFINITY));
    dict_set_str(dict, "nanj", new_complex(0.0, f64::NAN));
    let unaries: &[(&'static str, crate::object::function::NativeFn)] = unary_fns!(
        "sqrt" => c_sqrt, false;
        "exp" => c_exp, false;
        "cos" => c_cos, false;
        "sin" => c_sin, false;
        "tan" => c_tan, false;
        "acos" => c_acos, false;
        "asin" => c_asin, false;
        "atan" => c_atan, true;
        "cosh" => c_cosh, false;
        "sinh" => c_sinh, false;
        "tanh" => c_tanh, false;
        "acosh" => c_acosh, false;
        "asinh" => c_asinh, false;
        "atanh" => c_atanh, true;
        "log10" => |z| {
            let (re, im) = c_log(z);
            (re / std::f64::consts::LN_10, im / std::f64::consts::LN_10)
        }, true;
    );
    let others: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("log", log_fn),
        ("phase", |ts, a, k| {
            one_arg(ts, "phase", a, k)?;
            Ok(Value::from_f64(phase_of(ts, &a[0])?))
        }),
        ("polar", |ts, a, k| {
            one_arg(ts, "polar", a, k)?;
            let (x, y) = to_c(ts, &a[0])?;
            let r = x.hypot(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(range_err(ts));
            }
            Ok(new_tuple(vec![
                Value::from_f64(r),
                Value::from_f64(y.atan2(x)),
            ]))
        }),
        ("rect", rect),
        ("isfinite", |ts, a, k| {
            one_arg(ts, "isfinite", a, k)?;
            Ok(Value::from_bool(finite(to_c(ts, &a[0])?)))
        }),
        ("isinf", |ts, a, k| {
            one_arg(ts, "isinf", a, k)?;
            Ok(Value::from_bool(has_inf(to_c(ts, &a[0])?)))
        }),
        ("isnan", |ts, a, k| {
            one_arg(ts, "isnan", a, k)?;
            Ok(Value::from_bool(has_nan(to_c(ts, &a[0])?)))
        }),
        ("isclose", isclose),
    ];
    for (name, f) in unaries.iter().chain(others.iter()) {
        dict_set_str(dict, name, new_builtin_function(name, *f, Some("cmath")));
    }
}
