//! `complex`: a pair of floats. See docs/design/object-model.md.

use crate::object::alloc;
use crate::types::types;
use crate::value::Value;

/// Payload of a complex number.
pub struct ComplexData {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// A new complex value.
pub fn new_complex(re: f64, im: f64) -> Value {
    alloc(&types().complex, ComplexData { re, im }).into_value()
}

/// The parts of a complex value.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    v.as_obj()?.downcast::<ComplexData>().map(|c| (c.re, c.im))
}

fn part_repr(f: f64) -> String {
    let r = crate::object::float::float_repr(f);
    r.strip_suffix(".0").map_or(r.clone(), str::to_string)
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part_repr(im));
    }
    // A NaN's sign bit is not shown (CPython prints `+nanj`).
    let sign = if im.is_sign_negative() && !im.is_nan() {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", part_repr(re), sign, part_repr(im.abs()))
}
