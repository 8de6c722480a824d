//! The `_string` module behind `string.Formatter`: `formatter_parser` splits a format string
//! into `(literal, field_name, format_spec, conversion)` tuples and
//! `formatter_field_name_split` splits a field name into its first part and the
//! `(is_attribute, key)` accessors, as CPython's `Objects/stringlib/unicode_format.h` does.
//! See docs/design/stdlib-bridge.md.

use crate::call::parse_args;
use crate::object::containers::{new_list, new_tuple};
use crate::object::int::int_from_i64;
use crate::object::str::{as_str, new_str};
use crate::object::ObjRef;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::dict_set_str;
use crate::value::Value;
use crate::PyResult;

fn str_arg(ts: &ThreadState, v: Option<Value>, fname: &str) -> PyResult<String> {
    let v = v.unwrap_or(Value::NONE);
    as_str(&v)
        .map(str::to_string)
        .ok_or_else(|| ts.type_error(format!("{fname}() argument must be str")))
}

/// The tuples of `formatter_parser(s)`.
fn parse(ts: &ThreadState, s: &str) -> PyResult<Vec<Value>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut literal = String::new();
    let text = |l: &str| new_str(l.to_string());
    while i < chars.len() {
        let c = chars[i];
        if c == '{' || c == '}' {
            if chars.get(i + 1) == Some(&c) {
                literal.push(c);
                out.push(new_tuple(vec![
                    text(&literal),
                    Value::NONE,
                    Value::NONE,
                    Value::NONE,
                ]));
                literal.clear();
                i += 2;
                continue;
            }
            if c == '}' {
                return Err(ts.value_error("Single '}' encountered in format string"));
            }
            if i + 1 >= chars.len() {
                return Err(ts.value_error("Single '{' encountered in format string"));
            }
            let Some(j) = crate::builtins::format::field_end(&chars, i) else {
                return Err(ts.value_error("expected '}' before end of string"));
            };
            let field: String = chars[i + 1..j].iter().collect();
            // The name ends at the first '!' or ':' outside brackets.
            let mut bracket = false;
            let mut name_end = field.len();
            for (k, ch) in field.char_indices() {
                match ch {
                    '[' => bracket = true,
                    ']' => bracket = false,
                    '!' | ':' if !bracket => {
                        name_end = k;
                        break;
                    }
                    _ => {}
                }
            }
            let name = &field[..name_end];
            let rest = &field[name_end..];
            let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
                let mut it = r.chars();
                let Some(cv) = it.next() else {
                    return Err(ts.value_error("unmatched '{' in format spec"));
                };
                let after: String = it.collect();
                let spec = match after.strip_prefix(':') {
                    Some(sp) => sp.to_string(),
                    None if after.is_empty() => String::new(),
                    None => return Err(ts.value_error("expected ':' after conversion specifier")),
                };
                (new_str(cv.to_string()), spec)
            } else {
                (
                    Value::NONE,
                    rest.strip_prefix(':').unwrap_or("").to_string(),
                )
            };
            out.push(new_tuple(vec![
                text(&literal),
                text(name),
                new_str(spec),
                conv,
            ]));
            literal.clear();
            i = j + 1;
            continue;
        }
        literal.push(c);
        i += 1;
    }
    if !literal.is_empty() {
        out.push(new_tuple(vec![
            text(&literal),
            Value::NONE,
            Value::NONE,
            Value::NONE,
        ]));
    }
    Ok(out)
}

fn key_value(s: &str) -> Value {
    match s.parse::<i64>() {
        Ok(n) if !s.starts_with('+') && !s.starts_with('-') => int_from_i64(n),
        _ => new_str(s.to_string()),
    }
}

/// `formatter_field_name_split(name)`: `(first, iterator of (is_attribute, key))`.
fn field_name_split(ts: &ThreadState, name: &str) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = key_value(&name[..end]);
    let mut rest = Vec::new();
    let mut s = &name[end..];
    while !s.is_empty() {
        if let Some(r) = s.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            if e == 0 {
                return Err(ts.value_error("Empty attribute in format string"));
            }
            rest.push(new_tuple(vec![Value::TRUE, new_str(r[..e].to_string())]));
            s = &r[e..];
        } else if let Some(r) = s.strip_prefix('[') {
            let Some(e) = r.find(']') else {
                return Err(ts.value_error("Missing ']' in format string"));
            };
            if e == 0 {
                return Err(ts.value_error("Empty attribute in format string"));
            }
            rest.push(new_tuple(vec![Value::FALSE, key_value(&r[..e])]));
            s = &r[e + 1..];
            if !s.is_empty() && !s.starts_with(['.', '[']) {
                return Err(
                    ts.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        } else {
            return Err(ts.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let it = p::get_iter(ts, &new_list(rest))?;
    Ok(new_tuple(vec![first, it]))
}

/// Builds the `_string` module.
pub fn make_string_module(dict: &ObjRef) {
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("formatter_parser", |ts, a, k| {
            let [s] = parse_args(ts, "formatter_parser", a, k, ["str"], 1, 1)?;
            let s = str_arg(ts, s, "formatter_parser")?;
            p::get_iter(ts, &new_list(parse(ts, &s)?))
        }),
        ("formatter_field_name_split", |ts, a, k| {
            let [s] = parse_args(ts, "formatter_field_name_split", a, k, ["str"], 1, 1)?;
            let s = str_arg(ts, s, "formatter_field_name_split")?;
            field_name_split(ts, &s)
        }),
    ];
    for (name, f) in fns {
        dict_set_str(
            dict,
            name,
            p::new_builtin_function(name, *f, Some("_string")),
        );
    }
}
