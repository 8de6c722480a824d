//! The `unicodedata` module, reduced: character names (`name`, `lookup`) and the four
//! normalization forms (`normalize`, `is_normalized`), backed by the Unicode tables the
//! parser already depends on. See docs/design/stdlib-bridge.md.

use unicode_normalization::UnicodeNormalization;

use crate::call::check_args;
use crate::object::str::{as_str, new_str};
use crate::object::ObjRef;
use crate::protocol::{new_builtin_function, type_name};
use crate::thread_state::ThreadState;
use crate::types::dict_set_str;
use crate::value::Value;
use crate::PyResult;

/// The one character of a str argument (`name() argument 1 must be a unicode character`).
fn one_char(ts: &ThreadState, fname: &str, v: &Value) -> PyResult<char> {
    if let Some(s) = as_str(v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    Err(ts.type_error(format!(
        "{fname}() argument 1 must be a unicode character, not {}",
        type_name(v)
    )))
}

/// A str argument (`normalize() argument 2 must be str, not int`).
fn str_arg<'a>(ts: &ThreadState, fname: &str, n: usize, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        ts.type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            type_name(v)
        ))
    })
}

/// `unicodedata.name(chr[, default])`.
fn name(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "name", a, k, 1, 2)?;
    let c = one_char(ts, "name", &a[0])?;
    match unicode_names2::name(c) {
        Some(n) => Ok(new_str(n.to_string())),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(ts.value_error("no such name")),
        },
    }
}

/// `unicodedata.lookup(name)`.
fn lookup(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "lookup", a, k, 1, 1)?;
    let n = str_arg(ts, "lookup", 1, &a[0])?;
    match unicode_names2::character(n) {
        Some(c) => Ok(new_str(c.to_string())),
        None => Err(ts.key_error(new_str(format!("undefined character name '{n}'")))),
    }
}

/// The text in normalization form `form`, or `ValueError` for an unknown form.
fn normalized(ts: &ThreadState, fname: &str, a: &[Value]) -> PyResult<(String, bool)> {
    let form = str_arg(ts, fname, 1, &a[0])?;
    let s = str_arg(ts, fname, 2, &a[1])?;
    let out: String = match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        "NFKD" => s.nfkd().collect(),
        _ => return Err(ts.value_error("invalid normalization form")),
    };
    let same = out == s;
    Ok((out, same))
}

/// `unicodedata.normalize(form, unistr)`.
fn normalize(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "normalize", a, k, 2, 2)?;
    let (out, same) = normalized(ts, "normalize", a)?;
    if same {
        return Ok(a[1].clone());
    }
    Ok(new_str(out))
}

/// `unicodedata.is_normalized(form, unistr)`.
fn is_normalized(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "is_normalized", a, k, 2, 2)?;
    let (_, same) = normalized(ts, "is_normalized", a)?;
    Ok(Value::from_bool(same))
}

/// Fills the `unicodedata` module's namespace.
pub fn make_unicodedata_module(dict: &ObjRef) {
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    for (n, f) in fns {
        dict_set_str(dict, n, new_builtin_function(n, *f, Some("unicodedata")));
    }
    dict_set_str(dict, "unidata_version", new_str("14.0.0"));
}
