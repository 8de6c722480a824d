//! `int`, `bool`, `float` and `complex`: the number slots with CPython's mixed-type rules,
//! comparisons across ints and floats, constructors, and their methods. See
//! docs/design/object-model.md.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::classes::set_slots;
use crate::call::parse_args;
use crate::object::complex::{as_complex, complex_repr, new_complex, ComplexData};
use crate::object::float::{as_f64, float_repr, hash_f64, FloatData};
use crate::object::int::{
    as_bigint, as_i64, bigint_to_f64, floordiv, hash_bigint, hash_i64, int_from_bigint,
    int_from_i64, int_pow, is_int, modulo, new_int_subclass, shift_left, shift_right, IntData,
};
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the number types' slots and methods.
pub fn init() {
    let t = types();
    set_slots(&t.int, |s| {
        s.repr = Some(int_repr);
        s.hash = Some(int_hash);
        s.richcompare = Some(num_richcompare);
        s.bool = Some(|_, v| Ok(as_bigint(v).is_some_and(|b| !b.is_zero())));
        s.neg = Some(negative);
        s.pos = Some(|_, v| Ok(int_from_bigint(as_bigint(v).unwrap_or_default())));
        s.invert = Some(invert);
        s.abs = Some(|_, v| Ok(int_from_bigint(as_bigint(v).unwrap_or_default().abs())));
        s.index = Some(|_, v| Ok(int_from_bigint(as_bigint(v).unwrap_or_default())));
        s.int = Some(|_, v| Ok(int_from_bigint(as_bigint(v).unwrap_or_default())));
        s.float = Some(|ts, v| {
            Ok(Value::from_f64(bigint_to_f64(
                ts,
                &as_bigint(v).unwrap_or_default(),
            )?))
        });
        s.new = Some(int_new);
        for (i, f) in INT_OPS.iter().enumerate() {
            s.nb[i] = *f;
        }
    });
    set_slots(&t.bool, |s| {
        s.repr = Some(|_, v| {
            Ok(new_str(if v.is_true_singleton() {
                "True"
            } else {
                "False"
            }))
        });
        s.new = Some(|ts, _, a, k| {
            crate::call::check_args(ts, "bool", a, k, 0, 1)?;
            Ok(Value::from_bool(match a.first() {
                Some(x) => p::truthy(ts, x)?,
                None => false,
            }))
        });
        s.nb[1] = Some(bool_and);
        s.nb[7] = Some(bool_or);
        s.nb[12] = Some(bool_xor);
    });
    add_methods(
        &t.bool,
        &[
            ("__and__", |ts, a, k| {
                let (x, y) = bool_operands(ts, a, k, "__and__")?;
                bool_and(ts, x, y)
            }),
            ("__rand__", |ts, a, k| {
                let (x, y) = bool_operands(ts, a, k, "__rand__")?;
                bool_and(ts, y, x)
            }),
            ("__or__", |ts, a, k| {
                let (x, y) = bool_operands(ts, a, k, "__or__")?;
                bool_or(ts, x, y)
            }),
            ("__ror__", |ts, a, k| {
                let (x, y) = bool_operands(ts, a, k, "__ror__")?;
                bool_or(ts, y, x)
            }),
            ("__xor__", |ts, a, k| {
                let (x, y) = bool_operands(ts, a, k, "__xor__")?;
                bool_xor(ts, x, y)
            }),
            ("__rxor__", |ts, a, k| {
                let (x, y) = bool_operands(ts, a, k, "__rxor__")?;
                bool_xor(ts, y, x)
            }),
        ],
    );
    add_methods(
        &t.int,
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("as_integer_ratio", |_, a, _| {
                Ok(crate::object::containers::new_tuple(vec![
                    int_from_bigint(as_bigint(&a[0]).unwrap_or_default()),
                    Value::small_int(1),
                ]))
            }),
            ("conjugate", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__format__", |ts, a, _| {
                crate::builtins::format::format_method(ts, a)
            }),
            ("__round__", int_round),
            ("__trunc__", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__floor__", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__ceil__", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__index__", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__int__", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__float__", |ts, a, _| {
                Ok(Value::from_f64(bigint_to_f64(
                    ts,
                    &as_bigint(&a[0]).unwrap_or_default(),
                )?))
            }),
            ("__abs__", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default().abs()))
            }),
            ("__neg__", |ts, a, _| negative(ts, &a[0])),
            ("__pos__", |_, a, _| {
                Ok(int_from_bigint(as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__invert__", |_, a, _| {
                Ok(int_from_bigint(!as_bigint(&a[0]).unwrap_or_default()))
            }),
            ("__repr__", |ts, a, _| int_repr(ts, &a[0])),
            ("__hash__", |ts, a, _| {
                Ok(int_from_i64(int_hash(ts, &a[0])?))
            }),
            ("__getnewargs__", |_, a, _| {
                Ok(crate::object::containers::new_tuple(vec![int_from_bigint(
                    as_bigint(&a[0]).unwrap_or_default(),
                )]))
            }),
            ("__sizeof__", |_, a, _| {
                Ok(int_from_i64(
                    24 + 4 * (as_bigint(&a[0]).unwrap_or_default().bits() as i64 / 30),
                ))
            }),
        ],
    );
    for (i, (name, _, _)) in crate::slots::NB_NAMES.iter().enumerate() {
        let _ = (i, name);
    }
    add_int_dunders(&t.int);
    crate::types::add_class_methods(&t.int, &[("from_bytes", int_from_bytes)], false);
    add_getsets(
        &t.int,
        &[
            (
                "real",
                |_, v| Ok(int_from_bigint(as_bigint(v).unwrap_or_default())),
                None,
            ),
            ("imag", |_, _| Ok(Value::small_int(0)), None),
            (
                "numerator",
                |_, v| Ok(int_from_bigint(as_bigint(v).unwrap_or_default())),
                None,
            ),
            ("denominator", |_, _| Ok(Value::small_int(1)), None),
        ],
    );
    set_slots(&t.float, |s| {
        s.repr = Some(|_, v| Ok(new_str(float_repr(as_f64(v).unwrap_or(0.0)))));
        s.hash = Some(|_, v| {
            let f = as_f64(v).unwrap_or(0.0);
            // CPython hashes a NaN by its identity (NaNs are heap objects here too).
            Ok(if f.is_nan() {
                p::id_hash(v)
            } else {
                hash_f64(f)
            })
        });
        s.richcompare = Some(num_richcompare);
        s.bool = Some(|_, v| Ok(as_f64(v).unwrap_or(0.0) != 0.0));
        s.neg = Some(negative);
        s.pos = Some(|_, v| Ok(Value::from_f64(as_f64(v).unwrap_or(0.0))));
        s.abs = Some(|_, v| Ok(Value::from_f64(as_f64(v).unwrap_or(0.0).abs())));
        s.int = Some(float_to_int);
        s.float = Some(|_, v| Ok(Value::from_f64(as_f64(v).unwrap_or(0.0))));
        s.new = Some(float_new);
        for (i, f) in FLOAT_OPS.iter().enumerate() {
            s.nb[i] = *f;
        }
    });
    add_methods(
        &t.float,
        &[
            ("is_integer", |_, a, _| {
                Ok(Value::from_bool(
                    as_f64(&a[0]).is_some_and(|f| f.is_finite() && f.fract() == 0.0),
                ))
            }),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", |_, a, _| {
                Ok(Value::from_f64(as_f64(&a[0]).unwrap_or(0.0)))
            }),
            ("__format__", |ts, a, _| {
                crate::builtins::format::format_method(ts, a)
            }),
            ("__round__", float_round),
            ("__trunc__", |ts, a, _| float_to_int(ts, &a[0])),
            ("__floor__", |ts, a, _| {
                float_to_int(ts, &Value::from_f64(as_f64(&a[0]).unwrap_or(0.0).floor()))
            }),
            ("__ceil__", |ts, a, _| {
                float_to_int(ts, &Value::from_f64(as_f64(&a[0]).unwrap_or(0.0).ceil()))
            }),
            ("__int__", |ts, a, _| float_to_int(ts, &a[0])),
            ("__float__", |_, a, _| {
                Ok(Value::from_f64(as_f64(&a[0]).unwrap_or(0.0)))
            }),
            ("__abs__", |_, a, _| {
                Ok(Value::from_f64(as_f64(&a[0]).unwrap_or(0.0).abs()))
            }),
            ("__neg__", |ts, a, _| negative(ts, &a[0])),
            ("__repr__", |_, a, _| {
                Ok(new_str(float_repr(as_f64(&a[0]).unwrap_or(0.0))))
            }),
            ("__getnewargs__", |_, a, _| {
                Ok(crate::object::containers::new_tuple(vec![Value::from_f64(
                    as_f64(&a[0]).unwrap_or(0.0),
                )]))
            }),
        ],
    );
    crate::types::add_class_methods(
        &t.float,
        &[("__getformat__", |ts, a, k| {
            crate::call::no_kwargs(ts, "float.__getformat__", k)?;
            let [_, kind] = a else {
                return Err(ts.type_error(format!(
                    "float.__getformat__() takes exactly one argument ({} given)",
                    a.len().saturating_sub(1)
                )));
            };
            match as_str(kind) {
                Some("double" | "float") => Ok(new_str(if cfg!(target_endian = "little") {
                    "IEEE, little-endian"
                } else {
                    "IEEE, big-endian"
                })),
                Some(_) => {
                    Err(ts.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
                }
                None => Err(ts.type_error(format!(
                    "__getformat__() argument must be str, not {}",
                    type_name(kind)
                ))),
            }
        })],
        false,
    );
    add_float_dunders(&t.float);
    crate::types::add_class_methods(&t.float, &[("fromhex", float_fromhex)], false);
    add_getsets(
        &t.float,
        &[
            (
                "real",
                |_, v| Ok(Value::from_f64(as_f64(v).unwrap_or(0.0))),
                None,
            ),
            ("imag", |_, _| Ok(Value::from_f64(0.0)), None),
        ],
    );
    set_slots(&t.complex, |s| {
        s.repr = Some(|_, v| {
            let (re, im) = as_complex(v).unwrap_or((0.0, 0.0));
            Ok(new_str(complex_repr(re, im)))
        });
        s.hash = Some(|_, v| {
            let (re, im) = as_complex(v).unwrap_or((0.0, 0.0));
            let h = hash_f64(re).wrapping_add(1_000_003i64.wrapping_mul(hash_f64(im)));
            Ok(if h == -1 { -2 } else { h })
        });
        s.richcompare = Some(complex_richcompare);
        s.bool = Some(|_, v| Ok(as_complex(v).is_some_and(|(a, b)| a != 0.0 || b != 0.0)));
        s.neg = Some(|_, v| {
            let (a, b) = as_complex(v).unwrap_or((0.0, 0.0));
            Ok(new_complex(-a, -b))
        });
        s.pos = Some(|_, v| Ok(v.clone()));
        s.abs = Some(|_, v| {
            let (a, b) = as_complex(v).unwrap_or((0.0, 0.0));
            Ok(Value::from_f64(a.hypot(b)))
        });
        s.new = Some(complex_new);
        s.nb[0] = Some(complex_add);
        s.nb[10] = Some(complex_sub);
        s.nb[5] = Some(complex_mul);
        s.nb[11] = Some(complex_div);
        s.nb[8] = Some(complex_pow);
    });
    add_getsets(
        &t.complex,
        &[
            (
                "real",
                |_, v| Ok(Value::from_f64(as_complex(v).unwrap_or((0.0, 0.0)).0)),
                None,
            ),
            (
                "imag",
                |_, v| Ok(Value::from_f64(as_complex(v).unwrap_or((0.0, 0.0)).1)),
                None,
            ),
        ],
    );
    add_methods(
        &t.complex,
        &[
            ("conjugate", |_, a, _| {
                let (x, y) = as_complex(&a[0]).unwrap_or((0.0, 0.0));
                Ok(new_complex(x, -y))
            }),
            ("__complex__", |_, a, _| {
                let (x, y) = as_complex(&a[0]).unwrap_or((0.0, 0.0));
                Ok(new_complex(x, y))
            }),
            ("__format__", |ts, a, _| {
                crate::builtins::format::format_method(ts, a)
            }),
        ],
    );
}

type Op = Option<crate::object::typeobj::BinaryFn>;

const INT_OPS: [Op; 13] = [
    Some(int_add),
    Some(int_and),
    Some(int_floordiv),
    Some(int_lshift),
    None,
    Some(int_mul),
    Some(int_mod),
    Some(int_or),
    Some(int_pow_op),
    Some(int_rshift),
    Some(int_sub),
    Some(int_truediv),
    Some(int_xor),
];

const FLOAT_OPS: [Op; 13] = [
    Some(float_add),
    None,
    Some(float_floordiv),
    None,
    None,
    Some(float_mul),
    Some(float_mod),
    None,
    Some(float_pow),
    None,
    Some(float_sub),
    Some(float_truediv),
    None,
];

/// Both operands as big ints, or `None` (→ NotImplemented).
fn ints(a: &Value, b: &Value) -> Option<(BigInt, BigInt)> {
    Some((as_bigint(a)?, as_bigint(b)?))
}

macro_rules! int_binop {
    ($name:ident, |$ts:ident, $x:ident, $y:ident| $fast:expr, |$bx:ident, $by:ident| $slow:expr) => {
        fn $name($ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
            if let (Some($x), Some($y)) = (as_i64(a), as_i64(b)) {
                if let Some(r) = $fast {
                    return r;
                }
            }
            let Some(($bx, $by)) = ints(a, b) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            $slow
        }
    };
}

int_binop!(
    int_add,
    |_ts, x, y| x.checked_add(y).map(|r| Ok(int_from_i64(r))),
    |x, y| Ok(int_from_bigint(x + y))
);
int_binop!(
    int_sub,
    |_ts, x, y| x.checked_sub(y).map(|r| Ok(int_from_i64(r))),
    |x, y| Ok(int_from_bigint(x - y))
);
int_binop!(
    int_mul,
    |_ts, x, y| x.checked_mul(y).map(|r| Ok(int_from_i64(r))),
    |x, y| Ok(int_from_bigint(x * y))
);
int_binop!(
    int_and,
    |_ts, x, y| Some(Ok(int_from_i64(x & y))),
    |x, y| Ok(int_from_bigint(x & y))
);
int_binop!(
    int_or,
    |_ts, x, y| Some(Ok(int_from_i64(x | y))),
    |x, y| Ok(int_from_bigint(x | y))
);
int_binop!(
    int_xor,
    |_ts, x, y| Some(Ok(int_from_i64(x ^ y))),
    |x, y| Ok(int_from_bigint(x ^ y))
);
int_binop!(
    int_floordiv,
    |_ts, x, y| if y == 0 {
        Some(Err(
            _ts.zero_division_error("integer division or modulo by zero")
        ))
    } else {
        x.checked_div_euclid(y)
            .map(|_| Ok(int_from_i64(Integer::div_floor(&x, &y))))
    },
    |x, y| Ok(int_from_bigint(floordiv(_ts, &x, &y)?))
);
int_binop!(
    int_mod,
    |_ts, x, y| if y == 0 {
        Some(Err(_ts.zero_division_error("integer modulo by zero")))
    } else {
        x.checked_rem_euclid(y)
            .map(|_| Ok(int_from_i64(x.mod_floor(&y))))
    },
    |x, y| Ok(int_from_bigint(modulo(_ts, &x, &y)?))
);

fn int_lshift(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, y)) = ints(a, b) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    shift_left(ts, &x, &y)
}

fn int_rshift(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, y)) = ints(a, b) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    shift_right(ts, &x, &y)
}

fn int_pow_op(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, y)) = ints(a, b) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    int_pow(ts, &x, &y, None)
}

/// `pow(a, b, m)` for ints.
pub fn int_pow3(ts: &ThreadState, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    match (as_bigint(a), as_bigint(b), as_bigint(m)) {
        (Some(x), Some(y), Some(z)) => int_pow(ts, &x, &y, Some(&z)),
        _ if [a, b, m]
            .iter()
            .all(|v| as_bigint(v).is_some() || as_f64(v).is_some()) =>
        {
            Err(ts.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
        }
        _ if [a, b, m]
            .iter()
            .all(|v| as_bigint(v).is_some() || as_f64(v).is_some() || as_complex(v).is_some()) =>
        {
            Err(ts.value_error("complex modulo"))
        }
        _ => {
            // A Python-level `__pow__(exp, mod)` on the base (three-argument power never
            // tries `__rpow__`).
            if !crate::slots::is_heap_type(type_of(a)) {
                return Err(pow3_type_error(ts, a, b, m));
            }
            match p::call_special(ts, a, "__pow__", &[b.clone(), m.clone()])? {
                Some(r) if !r.is(&Value::NOT_IMPLEMENTED) => Ok(r),
                _ => Err(pow3_type_error(ts, a, b, m)),
            }
        }
    }
}

fn pow3_type_error(ts: &ThreadState, a: &Value, b: &Value, m: &Value) -> crate::PyErr {
    ts.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(a),
        type_name(b),
        type_name(m)
    ))
}

fn int_truediv(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, y)) = ints(a, b) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if y.is_zero() {
        return Err(ts.zero_division_error("division by zero"));
    }
    if let (Some(xf), Some(yf)) = (x.to_i64(), y.to_i64()) {
        if xf.unsigned_abs() < (1 << 53) && yf.unsigned_abs() < (1 << 53) {
            return Ok(Value::from_f64(xf as f64 / yf as f64));
        }
    }
    // Correctly rounded big-int division.
    Ok(Value::from_f64(bigint_div_to_f64(ts, &x, &y)?))
}

fn bigint_div_to_f64(ts: &ThreadState, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let neg = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let (x, y) = (x.abs(), y.abs());
    // Scale so the quotient has 64+ significant bits, then round via f64 conversion.
    let shift = 64i64 - (x.bits() as i64 - y.bits() as i64);
    let (num, den) = if shift > 0 {
        (x << shift as usize, y)
    } else {
        (x, y << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::from(1)
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let e = -(shift + extra);
    let f = if e > 1023 {
        f64::INFINITY
    } else {
        qf * 2f64.powi(e as i32)
    };
    if f.is_infinite() {
        return Err(ts.overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -f } else { f })
}

fn bool_operands<'a>(
    ts: &ThreadState,
    a: &'a [Value],
    k: &[Value],
    name: &str,
) -> PyResult<(&'a Value, &'a Value)> {
    crate::call::check_args(ts, name, a, k, 2, 2)?;
    match a {
        [x, y] => Ok((x, y)),
        _ => Err(ts.type_error(format!("{name}() takes exactly one argument"))),
    }
}

fn bool_and(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    if a.is_bool() && b.is_bool() {
        return Ok(Value::from_bool(
            a.is_true_singleton() && b.is_true_singleton(),
        ));
    }
    int_and(ts, a, b)
}

fn bool_or(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    if a.is_bool() && b.is_bool() {
        return Ok(Value::from_bool(
            a.is_true_singleton() || b.is_true_singleton(),
        ));
    }
    int_or(ts, a, b)
}

fn bool_xor(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    if a.is_bool() && b.is_bool() {
        return Ok(Value::from_bool(
            a.is_true_singleton() != b.is_true_singleton(),
        ));
    }
    int_xor(ts, a, b)
}

/// The decimal text of `i`, written into the end of `buf` (faster than `i64`'s `Display`,
/// which goes through the formatting machinery; `str(i)` is common in real programs).
pub fn small_int_text(i: i64, buf: &mut [u8; 24]) -> &str {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    // SAFETY: only ASCII digits and '-' were written to `buf[at..]`.
    unsafe { std::str::from_utf8_unchecked(&buf[at..]) }
}

fn int_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(new_str(small_int_text(i, &mut [0; 24])));
    }
    Ok(new_str(int_to_decimal(
        ts,
        &as_bigint(v).unwrap_or_default(),
    )?))
}

thread_local! {
    /// `sys.set_int_max_str_digits()`: the most decimal digits int/str conversions handle
    /// (0: no limit). CPython 3.11's default is 4300.
    static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

/// CPython's smallest allowed nonzero limit (`sys.int_info.str_digits_check_threshold`).
pub const INT_STR_DIGITS_THRESHOLD: usize = 640;

/// The current `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(std::cell::Cell::get)
}

/// `sys.set_int_max_str_digits(n)`.
pub fn set_int_max_str_digits(ts: &ThreadState, n: i64) -> PyResult<()> {
    if n != 0 && n < INT_STR_DIGITS_THRESHOLD as i64 {
        return Err(ts.value_error(format!(
            "maxdigits must be 0 or larger than {INT_STR_DIGITS_THRESHOLD}"
        )));
    }
    INT_MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(())
}

/// The decimal text of `x`, refusing more digits than `sys.get_int_max_str_digits()`.
pub fn int_to_decimal(ts: &ThreadState, x: &BigInt) -> PyResult<String> {
    let limit = int_max_str_digits();
    // Below the limit by the bit count alone: no need to look at the digits.
    if limit == 0 || (x.bits() as f64) * std::f64::consts::LOG10_2 < (limit - 1) as f64 {
        return Ok(x.to_string());
    }
    let s = x.to_string();
    if s.trim_start_matches('-').len() > limit {
        return Err(ts.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

/// Refuses a decimal (non power-of-two base) literal with more digits than the limit.
fn check_literal_digits(ts: &ThreadState, s: &str, base: u32) -> PyResult<()> {
    let limit = int_max_str_digits();
    if limit == 0 || base.is_power_of_two() {
        return Ok(());
    }
    let t = s.trim();
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    if base == 0
        && t.len() > 1
        && t.as_bytes()[0] == b'0'
        && matches!(t.as_bytes()[1] | 0x20, b'x' | b'o' | b'b')
    {
        return Ok(());
    }
    let digits = t.bytes().filter(u8::is_ascii_alphanumeric).count();
    if digits > limit {
        return Err(ts.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn int_hash(_: &ThreadState, v: &Value) -> PyResult<i64> {
    if let Some(i) = as_i64(v) {
        return Ok(hash_i64(i));
    }
    Ok(hash_bigint(&as_bigint(v).unwrap_or_default()))
}

/// Unary minus for numbers.
pub fn negative(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    if let Some(i) = as_i64(v) {
        if let Some(n) = i.checked_neg() {
            if is_int(v) {
                return Ok(int_from_i64(n));
            }
        }
    }
    if let Some(b) = as_bigint(v) {
        return Ok(int_from_bigint(-b));
    }
    if let Some(f) = as_f64(v) {
        return Ok(Value::from_f64(-f));
    }
    match type_data(type_of(v)).slots().neg {
        Some(f) => f(ts, v),
        None => Err(ts.type_error(format!("bad operand type for unary -: '{}'", type_name(v)))),
    }
}

/// Unary plus.
pub fn positive(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    match type_data(type_of(v)).slots().pos {
        Some(f) => f(ts, v),
        None => Err(ts.type_error(format!("bad operand type for unary +: '{}'", type_name(v)))),
    }
}

/// Unary `~`.
pub fn invert(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    if let Some(b) = as_bigint(v) {
        return Ok(int_from_bigint(-b - 1));
    }
    match type_data(type_of(v)).slots().invert {
        Some(f) => f(ts, v),
        None => Err(ts.type_error(format!("bad operand type for unary ~: '{}'", type_name(v)))),
    }
}

/// Compares an int with a float exactly (no precision loss for big ints).
fn compare_int_float(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 {
        fi
    } else {
        BigInt::from_signed_bytes_le(&[]) + float_to_bigint(fl)
    };
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// An integral float as a big int.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let (m, e) = crate::object::float::frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let e = e - 53;
    if e >= 0 {
        BigInt::from(mant) << e as usize
    } else {
        BigInt::from(mant) >> (-e) as usize
    }
}

fn num_richcompare(_: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        Some(x.cmp(&y))
    } else if let (Some(x), Some(y)) = (as_bigint(a), as_bigint(b)) {
        Some(x.cmp(&y))
    } else if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
        if x.is_nan() || y.is_nan() {
            return Ok(Value::from_bool(op == CompareOp::Ne));
        }
        x.partial_cmp(&y)
    } else if let (Some(x), Some(y)) = (as_bigint(a), as_f64(b)) {
        match compare_int_float(&x, y) {
            Some(o) => Some(o),
            None => return Ok(Value::from_bool(op == CompareOp::Ne)),
        }
    } else if let (Some(x), Some(y)) = (as_f64(a), as_bigint(b)) {
        match compare_int_float(&y, x) {
            Some(o) => Some(o.reverse()),
            None => return Ok(Value::from_bool(op == CompareOp::Ne)),
        }
    } else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::from_bool(ord.is_some_and(|o| op.test(o))))
}

/// A float operand: floats, ints (converted), else `None`.
fn to_f64(ts: &ThreadState, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
    }
    if let Some(i) = as_i64(v) {
        return Ok(Some(i as f64));
    }
    if let Some(b) = as_bigint(v) {
        return Ok(Some(bigint_to_f64(ts, &b)?));
    }
    Ok(None)
}

macro_rules! float_binop {
    ($name:ident, |$ts:ident, $x:ident, $y:ident| $body:expr) => {
        fn $name($ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
            let (Some($x), Some($y)) = (to_f64($ts, a)?, to_f64($ts, b)?) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            $body
        }
    };
}

float_binop!(float_add, |_ts, x, y| Ok(Value::from_f64(x + y)));
float_binop!(float_sub, |_ts, x, y| Ok(Value::from_f64(x - y)));
float_binop!(float_mul, |_ts, x, y| Ok(Value::from_f64(x * y)));
float_binop!(float_truediv, |ts, x, y| {
    if y == 0.0 {
        return Err(ts.zero_division_error("float division by zero"));
    }
    Ok(Value::from_f64(x / y))
});
float_binop!(float_floordiv, |ts, x, y| {
    if y == 0.0 {
        return Err(ts.zero_division_error("float floor division by zero"));
    }
    Ok(Value::from_f64(float_divmod(x, y).0))
});
float_binop!(float_mod, |ts, x, y| {
    if y == 0.0 {
        return Err(ts.zero_division_error("float modulo"));
    }
    Ok(Value::from_f64(float_divmod(x, y).1))
});
float_binop!(float_pow, |ts, x, y| float_pow_impl(ts, x, y));

/// Python's float divmod.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow_impl(ts: &ThreadState, x: f64, y: f64) -> PyResult<Value> {
    // CPython's special cases, in its order, before calling the C library's pow.
    let odd_int = |w: f64| w.is_finite() && w.fract() == 0.0 && (w / 2.0).fract() != 0.0;
    if y == 0.0 {
        return Ok(Value::from_f64(1.0));
    }
    if x.is_nan() {
        return Ok(Value::from_f64(x));
    }
    if y.is_nan() {
        return Ok(Value::from_f64(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        let r = if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::from_f64(r));
    }
    if x.is_infinite() {
        let r = if y > 0.0 {
            if odd_int(y) {
                x
            } else {
                x.abs()
            }
        } else if odd_int(y) {
            0.0f64.copysign(x)
        } else {
            0.0
        };
        return Ok(Value::from_f64(r));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(ts.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::from_f64(if odd_int(y) { x } else { 0.0 }));
    }
    if x < 0.0 && y.fract() != 0.0 {
        // Negative numbers raised to fractional powers become complex.
        return complex_pow_value(ts, (x, 0.0), (y, 0.0));
    }
    let r = x.powf(y);
    if r.is_infinite() {
        return Err(ts.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::from_f64(r))
}

fn float_to_int(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let f = as_f64(v).unwrap_or(0.0);
    if f.is_nan() {
        return Err(ts.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(ts.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(int_from_bigint(float_to_bigint(f.trunc())))
}

fn float_as_integer_ratio(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let f = as_f64(&a[0]).unwrap_or(0.0);
    if f.is_nan() {
        return Err(ts.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(ts.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, mut e) = crate::object::float::frexp(f);
    let mut m = m;
    let mut i = 0;
    while m != m.floor() && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let mut num = float_to_bigint(m);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    Ok(crate::object::containers::new_tuple(vec![
        int_from_bigint(num),
        int_from_bigint(den),
    ]))
}

fn float_hex(_: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let f = as_f64(&a[0]).unwrap_or(0.0);
    if f.is_nan() {
        return Ok(new_str("nan"));
    }
    if f.is_infinite() {
        return Ok(new_str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(new_str(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let hex = format!("{mant:013x}");
    Ok(new_str(format!(
        "{sign}0x{lead}.{hex}p{}{}",
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )))
}

fn float_fromhex(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a
        .get(1)
        .and_then(|x| as_str(x))
        .ok_or_else(|| ts.type_error("fromhex() argument must be str"))?;
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let err = || ts.value_error("invalid hexadecimal floating-point string");
    let f = if t == "inf" || t == "infinity" {
        f64::INFINITY
    } else if t == "nan" {
        f64::NAN
    } else {
        let t = t.strip_prefix("0x").unwrap_or(&t);
        let (mant, exp) = match t.split_once('p') {
            Some((m, e)) => (m, e.parse::<i32>().map_err(|_| err())?),
            None => (t, 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        if ip.is_empty() && fp.is_empty() {
            return Err(err());
        }
        let mut m = BigInt::zero();
        for c in ip.chars().chain(fp.chars()) {
            m = m * 16u32 + c.to_digit(16).ok_or_else(err)?;
        }
        let e = i64::from(exp) - 4 * fp.chars().count() as i64;
        scale_exact(&m, e).ok_or_else(|| {
            ts.overflow_error("hexadecimal value too large to represent as a float")
        })?
    };
    let f = if neg { -f } else { f };
    let cls = &a[0];
    if cls.as_obj().is_some_and(|o| o.is_same(&types().float)) {
        Ok(Value::from_f64(f))
    } else {
        p::call(ts, cls, &[Value::from_f64(f)], &[])
    }
}

/// `m * 2**e` correctly rounded (half to even) to a double, or `None` on overflow.
fn scale_exact(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    if top > 1024 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q: BigInt = if shift <= 0 {
        m.clone()
    } else {
        let sh = shift as usize;
        let q = m >> sh;
        let rem = m - (&q << sh);
        let half = BigInt::one() << (sh - 1);
        if rem > half || (rem == half && q.is_odd()) {
            q + 1
        } else {
            q
        }
    };
    let qf = q.to_f64()?;
    let exp2 = if shift <= 0 { e } else { lsb };
    let mut r = qf;
    let mut k = exp2;
    while k > 0 {
        let step = k.min(1000);
        r *= 2f64.powi(step as i32);
        k -= step;
    }
    while k < 0 {
        let step = (-k).min(1000);
        r /= 2f64.powi(step as i32);
        k += step;
    }
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// Rounds half to even at `ndigits` decimal places, as CPython does (via exact decimal
/// formatting).
pub fn round_float(f: f64, ndigits: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    // CPython's NDIGITS_MAX: beyond it every double is already exact.
    if ndigits > 323 {
        return f;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(f);
    }
    if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, f);
        // Rust's formatting rounds half to even on the exact binary value, as CPython's
        // dtoa-based round does.
        s.parse().unwrap_or(f)
    } else {
        // Exactly: f = m * 2**e, q = round-half-even(f / 10**k), result = q * 10**k read
        // back correctly rounded (CPython formats with dtoa mode 3 and reads with strtod).
        let k = (-ndigits) as u32;
        let (mant, exp) = crate::object::float::frexp(f.abs());
        let m = BigInt::from((mant * 2f64.powi(53)) as u64);
        let e = exp - 53;
        let p10 = num_traits::pow(BigInt::from(10), k as usize);
        let (num, den) = if e >= 0 {
            (m << e as usize, p10)
        } else {
            (m, p10 << (-e) as usize)
        };
        let (q, r) = num.div_rem(&den);
        let twice: BigInt = r * 2;
        let q = match twice.cmp(&den) {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal if q.is_odd() => q + 1,
            _ => q,
        };
        let text = format!("{}{q}e{k}", if f < 0.0 { "-" } else { "" });
        text.parse().unwrap_or(f)
    }
}

fn float_round(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, nd] = parse_args(ts, "__round__", a, k, ["self", "ndigits"], 1, 2)?;
    let f = as_f64(&a[0]).unwrap_or(0.0);
    match nd.filter(|n| !n.is_none()) {
        None => {
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            float_to_int(ts, &Value::from_f64(r))
        }
        Some(n) => {
            let n = p::index_i64(ts, &n)?;
            let r = round_float(f, n);
            if r.is_infinite() && f.is_finite() {
                return Err(ts.overflow_error("rounded value too large to represent"));
            }
            Ok(Value::from_f64(r))
        }
    }
}

fn int_round(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, nd] = parse_args(ts, "__round__", a, k, ["self", "ndigits"], 1, 2)?;
    let x = as_bigint(&a[0]).unwrap_or_default();
    let Some(n) = nd.filter(|n| !n.is_none()) else {
        return Ok(int_from_bigint(x));
    };
    let n = p::index_i64(ts, &n)?;
    if n >= 0 {
        return Ok(int_from_bigint(x));
    }
    let p10 = num_traits::pow(BigInt::from(10), (-n) as usize);
    let (q, r) = x.div_mod_floor(&p10);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p10) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(int_from_bigint(q * p10))
}

fn int_bit_length(_: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(int_from_i64(
        as_bigint(&a[0]).unwrap_or_default().bits() as i64
    ))
}

fn int_bit_count(_: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = as_bigint(&a[0]).unwrap_or_default().abs();
    let n: u32 = b.to_bytes_le().1.iter().map(|x| x.count_ones()).sum();
    Ok(int_from_i64(i64::from(n)))
}

fn int_to_bytes(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    // `signed` is keyword-only.
    let [_, length, byteorder, signed] = parse_args(
        ts,
        "to_bytes",
        a,
        k,
        ["self", "length", "byteorder", "signed"],
        1,
        3,
    )?;
    let x = as_bigint(&a[0]).unwrap_or_default();
    let length = match length {
        Some(l) => p::index_i64(ts, &l)?,
        None => 1,
    };
    if length < 0 {
        return Err(ts.value_error("length argument must be non-negative"));
    }
    let order = byteorder
        .as_ref()
        .and_then(|b| as_str(b).map(str::to_string))
        .unwrap_or_else(|| "big".into());
    let signed = match signed {
        Some(s) => p::truthy(ts, &s)?,
        None => false,
    };
    if !signed && x.sign() == Sign::Minus {
        return Err(ts.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(ts.overflow_error("int too big to convert"));
    }
    let fill = if signed && x.sign() == Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "little" => {}
        "big" => bytes.reverse(),
        _ => return Err(ts.value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(crate::object::containers::new_bytes(bytes))
}

fn int_from_bytes(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, bytes, byteorder, signed] = parse_args(
        ts,
        "from_bytes",
        a,
        k,
        ["cls", "bytes", "byteorder", "signed"],
        2,
        3,
    )?;
    let bytes = bytes.unwrap_or(Value::NONE);
    let data = match crate::builtins::str::bytes_like(ts, &bytes) {
        Ok(d) => d,
        Err(_) if as_str(&bytes).is_some() => {
            return Err(ts.type_error("cannot convert 'str' object to bytes"))
        }
        Err(_) => {
            let b = p::call(ts, &types().bytes.clone().into_value(), &[bytes], &[])?;
            crate::builtins::str::bytes_like(ts, &b)?
        }
    };
    let order = byteorder
        .as_ref()
        .and_then(|b| as_str(b).map(str::to_string))
        .unwrap_or_else(|| "big".into());
    let signed = match signed {
        Some(s) => p::truthy(ts, &s)?,
        None => false,
    };
    let mut le = data;
    match order.as_str() {
        "little" => {}
        "big" => le.reverse(),
        _ => return Err(ts.value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    let cls = &a[0];
    if cls.as_obj().is_some_and(|o| o.is_same(&types().int)) {
        Ok(int_from_bigint(v))
    } else {
        p::call(ts, cls, &[int_from_bigint(v)], &[])
    }
}

/// Parses an int literal string in `base` (0 = auto) with CPython's rules.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = if base == 0 {
        if let Some(r) = lower.strip_prefix("0x") {
            (16, r.to_string())
        } else if let Some(r) = lower.strip_prefix("0o") {
            (8, r.to_string())
        } else if let Some(r) = lower.strip_prefix("0b") {
            (2, r.to_string())
        } else {
            if lower.len() > 1
                && lower.starts_with('0')
                && lower.chars().any(|c| c != '0' && c != '_')
            {
                return None;
            }
            (10, lower.clone())
        }
    } else {
        let pre = match base {
            16 => lower.strip_prefix("0x"),
            8 => lower.strip_prefix("0o"),
            2 => lower.strip_prefix("0b"),
            _ => None,
        };
        (
            base,
            pre.map_or(lower.clone(), |r| {
                r.strip_prefix('_')
                    .map_or(r.to_string(), |x| format!("_{x}"))
            }),
        )
    };
    let digits = digits.strip_prefix('_').map_or(digits.clone(), |d| {
        if base == 10 {
            format!("_{d}")
        } else {
            d.to_string()
        }
    });
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| {
        c.is_digit(base)
            || (c.is_numeric()
                && base == 10
                && c.to_digit(10).is_none()
                && unicode_digit(c).is_some())
    }) {
        return None;
    }
    let ascii: String = clean
        .chars()
        .map(|c| unicode_digit(c).map_or(c, |d| char::from(b'0' + d)))
        .collect();
    let v = BigInt::parse_bytes(ascii.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

fn unicode_digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    // Unicode decimal digits come in contiguous runs of ten starting at a zero.
    let zeros = [
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50,
        0xed0, 0xf20, 0x1040, 0xff10,
    ];
    let cp = c as u32;
    zeros
        .iter()
        .find(|z| (**z..**z + 10).contains(&cp))
        .map(|z| (cp - z) as u8)
}

fn int_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [x, base] = parse_args(ts, "int", args, kwnames, ["", "base"], 0, 2)?;
    let v = match (x, base) {
        (None, None) => int_from_i64(0),
        (None, Some(_)) => return Err(ts.type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(ts, &x)?,
        (Some(x), Some(b)) => {
            let b = p::index_i64(ts, &b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(ts.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            // CPython names a bytes-like argument by the repr of its bytes.
            let mut shown = x.clone();
            let s = match as_str(&x) {
                Some(s) => s.to_string(),
                None => match crate::builtins::str::bytes_like(ts, &x) {
                    Ok(b) => {
                        let s = String::from_utf8_lossy(&b).into_owned();
                        shown = crate::object::containers::new_bytes(b);
                        s
                    }
                    Err(_) => {
                        return Err(
                            ts.type_error("int() can't convert non-string with explicit base")
                        )
                    }
                },
            };
            check_literal_digits(ts, &s, b as u32)?;
            match parse_int(&s, b as u32) {
                Some(n) => int_from_bigint(n),
                None => {
                    return Err(ts.value_error(format!(
                        "invalid literal for int() with base {}: {}",
                        b,
                        p::repr_string(ts, &shown)?
                    )))
                }
            }
        }
    };
    if ty.is_same(&types().int) {
        return Ok(v);
    }
    Ok(new_int_subclass(ty, as_bigint(&v).unwrap_or_default()))
}

/// `int(x)` for one argument.
pub fn int_from_value(ts: &ThreadState, x: &Value) -> PyResult<Value> {
    if x.is_small_int() {
        return Ok(x.clone());
    }
    if let Some(b) = as_bigint(x) {
        return Ok(int_from_bigint(b));
    }
    if let Some(s) = as_str(x) {
        check_literal_digits(ts, s, 10)?;
        return match parse_int(s, 10) {
            Some(n) => Ok(int_from_bigint(n)),
            None => Err(ts.value_error(format!(
                "invalid literal for int() with base 10: {}",
                p::repr_string(ts, x)?
            ))),
        };
    }
    if let Ok(b) = crate::builtins::str::bytes_like(ts, x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        check_literal_digits(ts, &s, 10)?;
        return match parse_int(&s, 10) {
            Some(n) => Ok(int_from_bigint(n)),
            None => Err(ts.value_error(format!(
                "invalid literal for int() with base 10: {}",
                p::repr_string(ts, &crate::object::containers::new_bytes(b))?
            ))),
        };
    }
    let s = *type_data(type_of(x)).slots();
    if let Some(f) = s.int {
        let r = f(ts, x)?;
        if !is_int(&r) {
            return Err(ts.type_error(format!("__int__ returned non-int (type {})", type_name(&r))));
        }
        return Ok(int_from_bigint(as_bigint(&r).unwrap_or_default()));
    }
    if let Some(f) = s.index {
        return f(ts, x);
    }
    if let Some(t) = p::lookup_special(ts, x, "__trunc__")? {
        let r = p::call(ts, &t, &[], &[])?;
        return int_from_value(ts, &r);
    }
    Err(ts.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

/// Parses a float literal string with CPython's rules.
pub fn parse_float(s: &str) -> Option<f64> {
    let s: std::borrow::Cow<str> = if s.is_ascii() {
        s.into()
    } else {
        // Unicode decimal digits count as their ASCII values, as in CPython.
        s.chars()
            .map(|c| unicode_digit(c).map_or(c, |d| char::from(b'0' + d)))
            .collect::<String>()
            .into()
    };
    let t = s.trim();
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    match body {
        "inf" | "infinity" => {
            return Some(if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(if neg { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    if lower.matches(['+', '-']).count() > 2 {
        return None;
    }
    let clean: String = lower.chars().filter(|c| *c != '_').collect();
    if !clean
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        return None;
    }
    if !clean.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn float_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::call::no_kwargs(ts, "float", kwnames)?;
    if args.len() > 1 {
        return Err(ts.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let f = match args.first() {
        None => 0.0,
        Some(x) => float_from_value(ts, x)?,
    };
    if ty.is_same(&types().float) {
        return Ok(Value::from_f64(f));
    }
    Ok(alloc(ty, FloatData(f)).into_value())
}

/// `float(x)`.
pub fn float_from_value(ts: &ThreadState, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(x) {
        return Ok(f);
    }
    if let Some(s) = as_str(x) {
        return parse_float(s).ok_or_else(|| {
            ts.value_error(format!(
                "could not convert string to float: {}",
                p::repr_string(ts, x).unwrap_or_default()
            ))
        });
    }
    if let Some(b) = as_bigint(x) {
        return bigint_to_f64(ts, &b);
    }
    let s = *type_data(type_of(x)).slots();
    if let Some(f) = s.float {
        let r = f(ts, x)?;
        return as_f64(&r).ok_or_else(|| {
            ts.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(x),
                type_name(&r)
            ))
        });
    }
    if let Some(f) = s.index {
        let r = f(ts, x)?;
        return bigint_to_f64(ts, &as_bigint(&r).unwrap_or_default());
    }
    if let Ok(b) = crate::builtins::str::bytes_like(ts, x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return parse_float(&s).ok_or_else(|| {
            ts.value_error(format!(
                "could not convert string to float: {}",
                p::repr_string(ts, x).unwrap_or_default()
            ))
        });
    }
    Err(ts.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}

fn complex_parts(ts: &ThreadState, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    Ok(to_f64(ts, v)?.map(|f| (f, 0.0)))
}

/// One argument of `complex(...)` as CPython converts it: `__complex__` (looked up on the
/// type), a complex value, then `__float__`, then `__index__`. `None`: not a number.
fn complex_arg(ts: &ThreadState, v: &Value) -> PyResult<Option<(f64, f64)>> {
    let ty = type_of(v);
    if !ty.is_same(&types().complex) {
        if let Some(m) = p::lookup_special(ts, v, "__complex__")? {
            let r = p::call(ts, &m, &[], &[])?;
            return match as_complex(&r) {
                Some(c) => Ok(Some(c)),
                None => Err(ts.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name(&r)
                ))),
            };
        }
    }
    if let Some(c) = complex_parts(ts, v)? {
        return Ok(Some(c));
    }
    let s = *type_data(ty).slots();
    if let Some(f) = s.float {
        let r = f(ts, v)?;
        return match as_f64(&r) {
            Some(x) => Ok(Some((x, 0.0))),
            None => Err(ts.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(&r)
            ))),
        };
    }
    if let Some(f) = s.index {
        let r = f(ts, v)?;
        let Some(b) = as_bigint(&r) else {
            return Err(ts.type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            )));
        };
        return Ok(Some((bigint_to_f64(ts, &b)?, 0.0)));
    }
    Ok(None)
}

fn complex_new(
    ts: &ThreadState,
    ty: &ObjRef,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let [re, im] = parse_args(ts, "complex", args, kwnames, ["real", "imag"], 0, 2)?;
    let (mut r, mut i) = (0.0, 0.0);
    // Whether the first argument gave a complex value (directly or via `__complex__`).
    let mut re_is_complex = false;
    if re.as_ref().is_some_and(|x| as_str(x).is_some()) && im.is_some() {
        return Err(ts.type_error("complex() can't take second arg if first is a string"));
    }
    if im.as_ref().is_some_and(|y| as_str(y).is_some()) {
        return Err(ts.type_error("complex() second arg can't be a string"));
    }
    if let Some(x) = re {
        if let Some(s) = as_str(&x) {
            if im.is_some() {
                return Err(ts.type_error("complex() can't take second arg if first is a string"));
            }
            let (a, b) = parse_complex(s)
                .ok_or_else(|| ts.value_error("complex() arg is a malformed string"))?;
            r = a;
            i = b;
        } else {
            let (a, b) = complex_arg(ts, &x)?.ok_or_else(|| {
                ts.type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    type_name(&x)
                ))
            })?;
            re_is_complex =
                as_complex(&x).is_some() || p::lookup_special(ts, &x, "__complex__")?.is_some();
            r = a;
            i = b;
        }
    }
    if let Some(y) = im {
        let (a, b) = complex_arg(ts, &y)?.ok_or_else(|| {
            ts.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_name(&y)
            ))
        })?;
        if as_complex(&y).is_some() {
            r -= b;
        }
        // CPython adds only when the first argument was complex (keeps a -0.0 imaginary).
        i = if re_is_complex { i + a } else { a };
    }
    Ok(alloc(ty, ComplexData { re: r, im: i }).into_value())
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = match t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        Some(inner) => inner.trim(),
        None => t,
    };
    if t.contains(char::is_whitespace) {
        return None;
    }
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("0", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => parse_float(x)?,
        };
        return Some((parse_float(re)?, im));
    }
    Some((parse_float(t)?, 0.0))
}

fn complex_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (Some(x), Some(y)) = (complex_parts(ts, a)?, complex_parts(ts, b)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let eq = x == y;
    Ok(Value::from_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

macro_rules! complex_binop {
    ($name:ident, |$ts:ident, $x:ident, $y:ident| $body:expr) => {
        fn $name($ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
            let (Some($x), Some($y)) = (complex_parts($ts, a)?, complex_parts($ts, b)?) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            $body
        }
    };
}

complex_binop!(complex_add, |_ts, x, y| Ok(new_complex(
    x.0 + y.0,
    x.1 + y.1
)));
complex_binop!(complex_sub, |_ts, x, y| Ok(new_complex(
    x.0 - y.0,
    x.1 - y.1
)));
complex_binop!(complex_mul, |_ts, x, y| Ok(new_complex(
    x.0 * y.0 - x.1 * y.1,
    x.0 * y.1 + x.1 * y.0
)));
complex_binop!(complex_div, |ts, x, y| {
    if y.0 == 0.0 && y.1 == 0.0 {
        return Err(ts.zero_division_error("complex division by zero"));
    }
    let (a, b, c, d) = (x.0, x.1, y.0, y.1);
    if c.abs() >= d.abs() {
        let r = d / c;
        let den = c + d * r;
        Ok(new_complex((a + b * r) / den, (b - a * r) / den))
    } else {
        let r = c / d;
        let den = c * r + d;
        Ok(new_complex((a * r + b) / den, (b * r - a) / den))
    }
});
complex_binop!(complex_pow, |ts, x, y| complex_pow_value(ts, x, y));

/// `x ** y` for complex operands, with CPython's errors: a zero base to a negative or
/// complex power, and an infinite part in the result (`complex exponentiation`).
fn complex_pow_value(ts: &ThreadState, x: (f64, f64), y: (f64, f64)) -> PyResult<Value> {
    if y.0 == 0.0 && y.1 == 0.0 {
        return Ok(new_complex(1.0, 0.0));
    }
    if x.0 == 0.0 && x.1 == 0.0 {
        if y.1 != 0.0 || y.0 < 0.0 {
            return Err(ts.zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok(new_complex(0.0, 0.0));
    }
    let (re, im) = complex_pow_parts(x, y);
    if re.is_infinite() || im.is_infinite() {
        return Err(ts.overflow_error("complex exponentiation"));
    }
    Ok(new_complex(re, im))
}

fn complex_pow_parts(x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    if y.1 == 0.0 && y.0.fract() == 0.0 && y.0.abs() <= 100.0 {
        let n = y.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = x;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = (
                    result.0 * base.0 - result.1 * base.1,
                    result.0 * base.1 + result.1 * base.0,
                );
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        if n < 0 {
            // 1 / result, by the same scaled division as complex `/`.
            let (c, d) = result;
            if c == 0.0 && d == 0.0 {
                return (f64::INFINITY, f64::INFINITY);
            }
            return if c.abs() >= d.abs() {
                let r = d / c;
                let den = c + d * r;
                (1.0 / den, -r / den)
            } else {
                let r = c / d;
                let den = c * r + d;
                (r / den, -1.0 / den)
            };
        }
        return result;
    }
    let vabs = x.0.hypot(x.1);
    let len = vabs.powf(y.0);
    let at = x.1.atan2(x.0);
    let mut phase = at * y.0;
    let len = if y.1 != 0.0 {
        phase += y.1 * vabs.ln();
        len / (at * y.1).exp()
    } else {
        len
    };
    (len * phase.cos(), len * phase.sin())
}

/// `int.__lt__` and friends: only ints compare (`(7).__lt__(8.5)` is NotImplemented).
fn int_dunder_compare(ts: &ThreadState, a: &[Value], op: CompareOp) -> PyResult<Value> {
    match a.get(1) {
        Some(b) if as_bigint(b).is_some() => num_richcompare(ts, &a[0], b, op),
        Some(_) => Ok(Value::NOT_IMPLEMENTED),
        None => Err(ts.type_error("expected 1 argument, got 0")),
    }
}

/// Registers the arithmetic dunders of `int` as methods that call the slots.
fn add_int_dunders(ty: &ObjRef) {
    macro_rules! dunders {
        ($($name:literal => $i:literal, $rev:literal;)*) => {
            add_methods(ty, &[$(
                ($name, |ts, a, _| { if a.len() != 2 { return Err(ts.type_error("expected 1 argument")); } INT_OPS[$i].map_or(Ok(Value::NOT_IMPLEMENTED), |f| if $rev { f(ts, &a[1], &a[0]) } else { f(ts, &a[0], &a[1]) }) }),
            )*]);
        };
    }
    dunders!(
        "__add__" => 0, false; "__radd__" => 0, true; "__sub__" => 10, false; "__rsub__" => 10, true;
        "__mul__" => 5, false; "__rmul__" => 5, true; "__floordiv__" => 2, false; "__rfloordiv__" => 2, true;
        "__mod__" => 6, false; "__rmod__" => 6, true; "__pow__" => 8, false; "__rpow__" => 8, true;
        "__truediv__" => 11, false; "__rtruediv__" => 11, true; "__and__" => 1, false; "__rand__" => 1, true;
        "__or__" => 7, false; "__ror__" => 7, true; "__xor__" => 12, false; "__rxor__" => 12, true;
        "__lshift__" => 3, false; "__rlshift__" => 3, true; "__rshift__" => 9, false; "__rrshift__" => 9, true;
    );
    add_methods(
        ty,
        &[
            ("__eq__", |ts, a, _| {
                int_dunder_compare(ts, a, CompareOp::Eq)
            }),
            ("__ne__", |ts, a, _| {
                int_dunder_compare(ts, a, CompareOp::Ne)
            }),
            ("__lt__", |ts, a, _| {
                int_dunder_compare(ts, a, CompareOp::Lt)
            }),
            ("__le__", |ts, a, _| {
                int_dunder_compare(ts, a, CompareOp::Le)
            }),
            ("__gt__", |ts, a, _| {
                int_dunder_compare(ts, a, CompareOp::Gt)
            }),
            ("__ge__", |ts, a, _| {
                int_dunder_compare(ts, a, CompareOp::Ge)
            }),
            ("__bool__", |_, a, _| {
                Ok(Value::from_bool(
                    as_bigint(&a[0]).is_some_and(|b| !b.is_zero()),
                ))
            }),
            ("__divmod__", |ts, a, _| int_divmod(ts, a, false)),
            ("__rdivmod__", |ts, a, _| int_divmod(ts, a, true)),
            ("__str__", |ts, a, _| int_repr(ts, &a[0])),
        ],
    );
}

/// Registers the arithmetic dunders of `float`.
fn add_float_dunders(ty: &ObjRef) {
    macro_rules! dunders {
        ($($name:literal => $i:literal, $rev:literal;)*) => {
            add_methods(ty, &[$(
                ($name, |ts, a, _| { if a.len() != 2 { return Err(ts.type_error("expected 1 argument")); } FLOAT_OPS[$i].map_or(Ok(Value::NOT_IMPLEMENTED), |f| if $rev { f(ts, &a[1], &a[0]) } else { f(ts, &a[0], &a[1]) }) }),
            )*]);
        };
    }
    dunders!(
        "__add__" => 0, false; "__radd__" => 0, true; "__sub__" => 10, false; "__rsub__" => 10, true;
        "__mul__" => 5, false; "__rmul__" => 5, true; "__floordiv__" => 2, false; "__rfloordiv__" => 2, true;
        "__mod__" => 6, false; "__rmod__" => 6, true; "__pow__" => 8, false; "__rpow__" => 8, true;
        "__truediv__" => 11, false; "__rtruediv__" => 11, true;
    );
    add_methods(
        ty,
        &[
            ("__eq__", |ts, a, _| {
                num_richcompare(ts, &a[0], &a[1], CompareOp::Eq)
            }),
            ("__ne__", |ts, a, _| {
                num_richcompare(ts, &a[0], &a[1], CompareOp::Ne)
            }),
            ("__lt__", |ts, a, _| {
                num_richcompare(ts, &a[0], &a[1], CompareOp::Lt)
            }),
            ("__le__", |ts, a, _| {
                num_richcompare(ts, &a[0], &a[1], CompareOp::Le)
            }),
            ("__gt__", |ts, a, _| {
                num_richcompare(ts, &a[0], &a[1], CompareOp::Gt)
            }),
            ("__ge__", |ts, a, _| {
                num_richcompare(ts, &a[0], &a[1], CompareOp::Ge)
            }),
            ("__bool__", |_, a, _| {
                Ok(Value::from_bool(as_f64(&a[0]).unwrap_or(0.0) != 0.0))
            }),
            ("__divmod__", |ts, a, _| int_divmod(ts, a, false)),
            ("__rdivmod__", |ts, a, _| int_divmod(ts, a, true)),
            ("__hash__", |_, a, _| {
                Ok(int_from_i64(hash_f64(as_f64(&a[0]).unwrap_or(0.0))))
            }),
            ("__str__", |_, a, _| {
                Ok(new_str(float_repr(as_f64(&a[0]).unwrap_or(0.0))))
            }),
        ],
    );
}

/// Keeps helper imports referenced.
#[allow(dead_code)]
fn _unused(_: &IntData) {}

/// `int.__divmod__` / `int.__rdivmod__` (`reflected`): NotImplemented unless the other
/// operand is an int or a float.
fn int_divmod(ts: &ThreadState, a: &[Value], reflected: bool) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(ts.type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    if as_bigint(&a[1]).is_none() && as_f64(&a[1]).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if reflected {
        crate::builtins::functions::divmod(ts, &a[1], &a[0])
    } else {
        crate::builtins::functions::divmod(ts, &a[0], &a[1])
    }
}
