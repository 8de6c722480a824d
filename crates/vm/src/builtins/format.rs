//! Text formatting: the format-spec mini-language for str, int and float (`format()`,
//! f-strings, `__format__`), `str.format`/`format_map` field parsing, and `%`-formatting.
//! See docs/design/object-model.md.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::object::complex::as_complex;
use crate::object::containers::as_tuple;
use crate::object::float::{as_f64, float_repr};
use crate::object::int::{as_bigint, is_int};
use crate::object::str::{as_str, new_str};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::types;
use crate::value::Value;
use crate::PyResult;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
    /// `z`: negative zero is shown as positive zero (floats only).
    no_neg_zero: bool,
}

fn parse_spec(ts: &ThreadState, s: &str, v: &Value) -> PyResult<Spec> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        spec.fill = Some(chars[0]);
        spec.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        spec.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        spec.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        spec.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        spec.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        spec.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| ts.value_error("Too many decimal digits in format string"))?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        spec.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(ts.value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(ts.value_error("Format specifier missing precision"));
        }
        spec.precision = Some(
            chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| ts.value_error("Too many decimal digits in format string"))?,
        );
    }
    if i < chars.len() {
        spec.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(ts.value_error(format!(
            "Invalid format specifier '{s}' for object of type '{}'",
            type_name(v)
        )));
    }
    // CPython validates the separator against the type code before looking at the value:
    // ',' with the decimal and float codes, '_' also with 'b', 'o', 'x' and 'X'.
    if let (Some(g), Some(t)) = (spec.grouping, spec.ty) {
        let ok = matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F')
            || (g == '_' && matches!(t, 'b' | 'o' | 'x' | 'X'));
        if !ok {
            return Err(ts.value_error(if (' '..='~').contains(&t) && t != ' ' {
                format!("Cannot specify '{g}' with '{t}'.")
            } else {
                format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32)
            }));
        }
    }
    Ok(spec)
}

/// The fill character and alignment a spec pads with (the `0` flag means fill `0`,
/// align `=` unless given explicitly).
fn fill_align(spec: &Spec, default_align: char) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        default_align
    });
    (fill, align)
}

fn pad(body: &str, sign: &str, spec: &Spec, default_align: char) -> String {
    let (fill, align) = fill_align(spec, default_align);
    let len = body.chars().count() + sign.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let n = spec.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '>' => format!("{}{sign}{body}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{sign}{}{body}", f(n)),
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn sign_str(negative: bool, spec: &Spec) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(ts: &ThreadState, v: &BigInt, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    let float_ty = matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%');
    if spec.precision.is_some() && !float_ty {
        return Err(ts.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero && !float_ty {
        return Err(
            ts.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(ts.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(
                ts.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
    }
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'd' | 'n' => (crate::builtins::numbers::int_to_decimal(ts, &mag)?, ""),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        'b' => (mag.to_str_radix(2), "0b"),
        'c' => {
            let cp = num_traits::ToPrimitive::to_u32(v)
                .and_then(char::from_u32)
                .ok_or_else(|| ts.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(&cp.to_string(), "", spec, '<'));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = num_traits::ToPrimitive::to_f64(v).unwrap_or(f64::INFINITY);
            return format_float(ts, f, spec);
        }
        _ => {
            return Err(ts.value_error(format!(
                "Unknown format code '{ty}' for object of type 'int'"
            )));
        }
    };
    let digits = match spec.grouping {
        Some(sep) => group(&digits, sep, if matches!(ty, 'd' | 'n') { 3 } else { 4 }),
        None => digits,
    };
    let sign = sign_str(v.is_negative(), spec);
    let prefix = if spec.alternate { prefix } else { "" };
    if spec.zero && spec.align.is_none() && spec.fill.is_none() {
        let full_sign = format!("{sign}{prefix}");
        let mut sp = spec.clone();
        sp.fill = Some('0');
        sp.align = Some('=');
        if let Some(sep) = spec.grouping {
            let need = spec.width.saturating_sub(full_sign.len());
            let raw: String = digits.chars().filter(|c| *c != sep).collect();
            let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
            return Ok(format!(
                "{full_sign}{}",
                group_to_width(raw, sep, every, need)
            ));
        }
        return Ok(pad(&digits, &full_sign, &sp, '>'));
    }
    Ok(pad(&format!("{prefix}{digits}"), sign, spec, '>'))
}

/// Groups `raw` digits, adding leading zeros (grouped too) until the result is at least
/// `need` characters: CPython's zero padding with a thousands separator.
fn group_to_width(mut raw: String, sep: char, every: usize, need: usize) -> String {
    loop {
        let g = group(&raw, sep, every);
        if g.len() >= need {
            return g;
        }
        raw.insert(0, '0');
    }
}

/// Whether the spec pads with zeros after the sign (`0` flag, or `0=` explicitly).
fn zero_pads(spec: &Spec) -> bool {
    fill_align(spec, '>') == ('0', '=')
}

fn strip_trailing_zeros(s: &str) -> String {
    if let Some(i) = s.find(['e', 'E']) {
        let (mant, exp) = s.split_at(i);
        return format!("{}{}", strip_trailing_zeros(mant), exp);
    }
    if s.contains('.') {
        let t = s.trim_end_matches('0');
        t.strip_suffix('.').unwrap_or(t).to_string()
    } else {
        s.to_string()
    }
}

fn exp_format(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let r = format!("{}e{}{:02}", mant, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        r.to_uppercase()
    } else {
        r
    }
}

fn general_format(f: f64, prec: usize, alternate: bool, upper: bool) -> String {
    general_format_limit(f, prec, alternate, upper, 0)
}

/// `'g'` formatting; fixed-point is used for decimal exponents in `-4..p - shrink`
/// (`shrink` is 1 for the no-type presentation, which always keeps a digit after the point).
fn general_format_limit(f: f64, prec: usize, alternate: bool, upper: bool, shrink: i32) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if f == 0.0 && (p as i32) - shrink <= 0 {
        // Zero's decimal exponent is 0: exponent notation when no fixed digits are allowed.
        let s = exp_format(0.0, p - 1, upper);
        let s = match s.find(['e', 'E']) {
            Some(i) if alternate && !s.contains('.') => format!("{}.{}", &s[..i], &s[i..]),
            _ if alternate => s,
            _ => strip_trailing_zeros(&s),
        };
        return if f.is_sign_negative() {
            format!("-{s}")
        } else {
            s
        };
    }
    if f == 0.0 {
        let s = if alternate {
            let z = format!("{:.*}", p - 1, 0.0);
            if z.contains('.') {
                z
            } else {
                format!("{z}.")
            }
        } else {
            "0".to_string()
        };
        return if f.is_sign_negative() {
            format!("-{s}")
        } else {
            s
        };
    }
    let exp = format!("{:.*e}", p - 1, f);
    let e: i32 = exp
        .split_once('e')
        .map_or(0, |(_, x)| x.parse().unwrap_or(0));
    let s = if e >= -4 && e < p as i32 - shrink {
        format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, f)
    } else {
        exp_format(f, p - 1, upper)
    };
    if alternate {
        // The alternate form always shows the decimal point.
        if s.contains('.') {
            s
        } else {
            match s.find(['e', 'E']) {
                Some(i) => format!("{}.{}", &s[..i], &s[i..]),
                None => format!("{s}."),
            }
        }
    } else {
        strip_trailing_zeros(&s)
    }
}

fn format_float(ts: &ThreadState, f: f64, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty;
    let mut neg = f.is_sign_negative() && !(f.is_nan());
    let a = f.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    if let Some(c) = ty.filter(|c| !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n')) {
        return Err(ts.value_error(format!(
            "Unknown format code '{c}' for object of type 'float'"
        )));
    }
    let pct = if ty == Some('%') { "%" } else { "" };
    let body = if a.is_infinite() {
        if upper {
            "INF".to_string()
        } else {
            format!("inf{pct}")
        }
    } else if a.is_nan() {
        if upper {
            "NAN".to_string()
        } else {
            format!("nan{pct}")
        }
    } else {
        match ty {
            Some('f' | 'F') => {
                let s = format!("{:.*}", spec.precision.unwrap_or(6), a);
                if spec.alternate && spec.precision == Some(0) {
                    format!("{s}.")
                } else {
                    s
                }
            }
            Some('e' | 'E') => {
                let s = exp_format(a, spec.precision.unwrap_or(6), upper);
                match s.find(['e', 'E']) {
                    Some(i) if spec.alternate && spec.precision == Some(0) => {
                        format!("{}.{}", &s[..i], &s[i..])
                    }
                    _ => s,
                }
            }
            Some('g' | 'G') => {
                general_format(a, spec.precision.unwrap_or(6), spec.alternate, upper)
            }
            Some('%') => {
                let s = format!("{:.*}", spec.precision.unwrap_or(6), a * 100.0);
                if spec.alternate && spec.precision == Some(0) {
                    format!("{s}.%")
                } else {
                    format!("{s}%")
                }
            }
            Some('n') => general_format(a, spec.precision.unwrap_or(6), spec.alternate, false),
            None => match spec.precision {
                Some(p_) => {
                    let s = general_format_limit(a, p_, spec.alternate, false, 1);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
                None => {
                    let r = float_repr(a);
                    match r.find('e') {
                        // The alternate form keeps a decimal point in exponent notation too.
                        Some(i) if spec.alternate && !r.contains('.') => {
                            format!("{}.{}", &r[..i], &r[i..])
                        }
                        _ => r,
                    }
                }
            },
            Some(c) => {
                return Err(ts.value_error(format!(
                    "Unknown format code '{c}' for object of type 'float'"
                )))
            }
        }
    };
    let sign_len = usize::from(neg || matches!(spec.sign, Some('+' | ' ')));
    let body = match spec.grouping {
        Some(sep) if a.is_finite() => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            let grouped = if zero_pads(spec) {
                let need = spec.width.saturating_sub(sign_len + rest.chars().count());
                group_to_width(int_part.to_string(), sep, 3, need)
            } else {
                group(int_part, sep, 3)
            };
            format!("{grouped}{rest}")
        }
        _ => body,
    };
    if neg
        && spec.no_neg_zero
        && body
            .chars()
            .all(|c| matches!(c, '0' | '.' | ',' | '_' | 'e' | 'E' | '+' | '-' | '%'))
    {
        neg = false;
    }
    let sign = sign_str(neg, spec);
    Ok(pad(&body, sign, spec, '>'))
}

/// `complex.__format__`: both parts formatted as floats, the imaginary one always signed;
/// without a presentation type a zero real part is left out and the rest parenthesized.
fn format_complex(ts: &ThreadState, re: f64, im: f64, spec: &Spec) -> PyResult<String> {
    if spec.align == Some('=') {
        return Err(ts.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if spec.zero {
        return Err(ts.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if let Some(c) = spec.ty {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(ts.value_error(format!(
                "Unknown format code '{c}' for object of type 'complex'"
            )));
        }
    }
    let no_type = spec.ty.is_none();
    let skip_re = no_type && re == 0.0 && re.is_sign_positive();
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        if no_type && spec.precision.is_none() {
            let neg = x.is_sign_negative() && !x.is_nan();
            let r = float_repr(x.abs());
            let r = r.strip_suffix(".0").unwrap_or(&r).to_string();
            let sp = Spec {
                sign,
                ..Spec::default()
            };
            return Ok(format!("{}{r}", sign_str(neg, &sp)));
        }
        let sp = Spec {
            sign,
            alternate: spec.alternate,
            grouping: spec.grouping,
            precision: spec.precision,
            ty: Some(spec.ty.unwrap_or('g')),
            no_neg_zero: spec.no_neg_zero,
            ..Spec::default()
        };
        format_float(ts, x, &sp)
    };
    let mut body = String::new();
    if !skip_re {
        body.push_str(&part(re, spec.sign)?);
    }
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    body.push_str(&part(im, im_sign)?);
    body.push('j');
    if no_type && !skip_re {
        body = format!("({body})");
    }
    Ok(pad(&body, "", spec, '>'))
}

fn format_str(ts: &ThreadState, s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(ts.value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )));
        }
    }
    match spec.sign {
        Some(' ') => return Err(ts.value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(ts.value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            ts.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if spec.alternate {
        return Err(ts.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if let Some(g) = spec.grouping {
        return Err(ts.value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    if spec.align == Some('=') {
        return Err(ts.value_error("'=' alignment not allowed in string format specifier"));
    }
    let s: String = match spec.precision {
        Some(p_) => s.chars().take(p_).collect(),
        None => s.to_string(),
    };
    if spec.zero && spec.align.is_none() {
        // `0` pads with zeros but keeps text left-aligned.
        let sp = Spec {
            fill: Some(spec.fill.unwrap_or('0')),
            align: Some('<'),
            ..spec.clone()
        };
        return Ok(pad(&s, "", &sp, '<'));
    }
    Ok(pad(&s, "", spec, '<'))
}

/// `format(value, spec)`.
pub fn format(ts: &ThreadState, v: &Value, spec: &str) -> PyResult<Value> {
    if v.is_small_int()
        || (is_int(v) && !v.is_bool() && !crate::slots::is_heap_type(crate::types::type_of(v)))
    {
        if spec.is_empty() {
            return p::str_(ts, v);
        }
        let sp = parse_spec(ts, spec, v)?;
        return Ok(new_str(format_int(
            ts,
            &as_bigint(v).unwrap_or_default(),
            &sp,
        )?));
    }
    if as_f64(v).is_some() {
        if spec.is_empty() {
            return p::str_(ts, v);
        }
        let sp = parse_spec(ts, spec, v)?;
        return Ok(new_str(format_float(ts, as_f64(v).unwrap_or(0.0), &sp)?));
    }
    if p::is_exact_str(v) {
        if spec.is_empty() {
            return Ok(v.clone());
        }
        let sp = parse_spec(ts, spec, v)?;
        return Ok(new_str(format_str(ts, as_str(v).unwrap_or(""), &sp)?));
    }
    let r = match p::call_special(ts, v, "__format__", &[new_str(spec)])? {
        Some(r) => r,
        None => {
            return Err(ts.type_error(format!("Type {} doesn't define __format__", type_name(v))))
        }
    };
    if as_str(&r).is_none() {
        return Err(ts.type_error(format!(
            "__format__ must return a str, not {}",
            type_name(&r)
        )));
    }
    Ok(r)
}

/// `int.__format__` / `float.__format__` / `str.__format__` (args: self, spec).
pub fn format_method(ts: &ThreadState, a: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(ts.type_error("__format__() takes exactly one argument"));
    }
    let spec = as_str(&a[1]).ok_or_else(|| {
        ts.type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name(&a[1])
        ))
    })?;
    let v = &a[0];
    if spec.is_empty() {
        return p::str_(ts, v);
    }
    let sp = parse_spec(ts, spec, v)?;
    if let Some(b) = as_bigint(v) {
        if v.is_bool() && sp.ty.is_some_and(|c| !"bcdoxXneEfFgG%".contains(c)) {
            return Err(ts.value_error(format!(
                "Unknown format code '{}' for object of type 'bool'",
                sp.ty.unwrap_or('?')
            )));
        }
        return Ok(new_str(format_int(ts, &b, &sp)?));
    }
    if let Some(f) = as_f64(v) {
        return Ok(new_str(format_float(ts, f, &sp)?));
    }
    if let Some(s) = as_str(v) {
        return Ok(new_str(format_str(ts, s, &sp)?));
    }
    if let Some((re, im)) = as_complex(v) {
        return Ok(new_str(format_complex(ts, re, im, &sp)?));
    }
    Err(ts.type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name(v)
    )))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kw) = crate::call::split_kwargs(a, k);
    let fmt = as_str(&pos[0]).unwrap_or("").to_string();
    let args = &pos[1..];
    let lookup = |name: &str| -> PyResult<Value> {
        kw.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| (*v).clone())
            .ok_or_else(|| ts.key_error(new_str(name)))
    };
    Ok(new_str(vformat_args(
        ts,
        &fmt,
        args,
        &lookup,
        0,
        &mut (0, false),
    )?))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(ts: &ThreadState, a: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(ts.type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let fmt = as_str(&a[0]).unwrap_or("").to_string();
    let m = a[1].clone();
    let lookup = |name: &str| -> PyResult<Value> { p::getitem(ts, &m, &new_str(name)) };
    // Positional fields are an error here.
    Ok(new_str(vformat(
        ts,
        &fmt,
        &[],
        &lookup,
        0,
        &mut (0, false),
        false,
    )?))
}

/// The index of the `}` closing the replacement field that opens at `chars[open]` (nested
/// braces are allowed in the format spec), if any.
pub fn field_end(chars: &[char], open: usize) -> Option<usize> {
    let mut level = 0;
    for (j, c) in chars.iter().enumerate().skip(open) {
        match c {
            '{' => level += 1,
            '}' => {
                level -= 1;
                if level == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// [`vformat`] for `str.format`, where positional fields are allowed.
fn vformat_args(
    ts: &ThreadState,
    fmt: &str,
    args: &[Value],
    lookup: &dyn Fn(&str) -> PyResult<Value>,
    depth: usize,
    numbering: &mut (usize, bool),
) -> PyResult<String> {
    vformat(ts, fmt, args, lookup, depth, numbering, true)
}

/// Expands the replacement fields of `fmt` (`positional` is false for `format_map`).
fn vformat(
    ts: &ThreadState,
    fmt: &str,
    args: &[Value],
    lookup: &dyn Fn(&str) -> PyResult<Value>,
    depth: usize,
    numbering: &mut (usize, bool),
    positional: bool,
) -> PyResult<String> {
    if depth > 2 {
        return Err(ts.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let (auto, manual) = (&mut numbering.0, &mut numbering.1);
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == chars.len() {
                return Err(ts.value_error("Single '{' encountered in format string"));
            }
            let Some(j) = field_end(&chars, i) else {
                return Err(ts.value_error("expected '}' before end of string"));
            };
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            let (name_conv, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(k) => (
                    name_conv[..k].to_string(),
                    Some(name_conv[k + 1..].to_string()),
                ),
                None => (name_conv, None),
            };
            // First component: index or name; then .attr / [key] chains.
            let end = name.find(['.', '[']).unwrap_or(name.len());
            let first = &name[..end];
            let is_positional = first.is_empty() || first.bytes().all(|b| b.is_ascii_digit());
            if is_positional && !positional {
                return Err(ts.value_error("Format string contains positional fields"));
            }
            let mut value = if first.is_empty() {
                if *manual {
                    return Err(ts.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let v = args.get(*auto).cloned().ok_or_else(|| {
                    ts.index_error(format!(
                        "Replacement index {auto} out of range for positional args tuple"
                    ))
                })?;
                *auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                if *auto > 0 {
                    return Err(ts.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                *manual = true;
                args.get(n).cloned().ok_or_else(|| {
                    ts.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                lookup(first)?
            };
            let mut rest = &name[end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let e = r.find(['.', '[']).unwrap_or(r.len());
                    if e == 0 {
                        return Err(ts.value_error("Empty attribute in format string"));
                    }
                    value = p::getattr_str(ts, &value, &r[..e])?;
                    rest = &r[e..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let e = r
                        .find(']')
                        .ok_or_else(|| ts.value_error("expected '}' before end of string"))?;
                    let key = &r[..e];
                    let k = match key.parse::<i64>() {
                        Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => {
                            crate::object::int::int_from_i64(n)
                        }
                        _ => new_str(key),
                    };
                    value = p::getitem(ts, &value, &k)?;
                    rest = &r[e + 1..];
                } else {
                    return Err(
                        ts.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
            let value = match conv.as_deref() {
                None => value,
                Some("r") => p::repr(ts, &value)?,
                Some("s") => p::str_(ts, &value)?,
                Some("a") => crate::builtins::functions::ascii(ts, &value)?,
                Some("") => return Err(ts.value_error("unmatched '{' in format spec")),
                Some(c) => return Err(ts.value_error(format!("Unknown conversion specifier {c}"))),
            };
            let spec = if spec.contains('{') {
                vformat(ts, &spec, args, lookup, depth + 1, numbering, positional)?
            } else {
                spec
            };
            let r = format(ts, &value, &spec)?;
            out.push_str(as_str(&r).unwrap_or(""));
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(ts.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// `fmt % values`.
pub fn percent_format(ts: &ThreadState, fmt: &str, values: &Value) -> PyResult<String> {
    percent_format_impl(ts, fmt, values, false)
}

/// `bytes % values` (PEP 461): the format is handled as Latin-1 text, `%s`/`%b`
/// take bytes-like objects (or `__bytes__`), `%r`/`%a` give `ascii()`, and `%c`
/// takes an int in `range(256)` or a single byte.
pub fn percent_format_bytes(ts: &ThreadState, fmt: &[u8], values: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| char::from(b)).collect();
    let out = percent_format_impl(ts, &text, values, true)?;
    // Every char is < 256: the format came from bytes, and each conversion
    // yields either Latin-1-decoded bytes or ASCII.
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| char::from(x)).collect()
}

fn percent_bytes_arg(ts: &ThreadState, v: &Value) -> PyResult<String> {
    if let Ok(b) = crate::builtins::str::bytes_like(ts, v) {
        return Ok(latin1(&b));
    }
    if let Some(f) = p::lookup_special(ts, v, "__bytes__")? {
        let r = p::call(ts, &f, &[], &[])?;
        return Ok(latin1(&crate::builtins::str::bytes_like(ts, &r)?));
    }
    Err(ts.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name(v)
    )))
}

fn percent_format_impl(
    ts: &ThreadState,
    fmt: &str,
    values: &Value,
    bytes_mode: bool,
) -> PyResult<String> {
    let items: Vec<Value> = match as_tuple(values) {
        Some(t) => t.to_vec(),
        None => vec![values.clone()],
    };
    // CPython: any subscriptable argument but a tuple, a str or (for bytes) a bytes or
    // bytearray object is a mapping for `%(key)s`, and leftover arguments are no error.
    let mapping = if as_tuple(values).is_none()
        && !p::is_instance_of(values, &types().str)
        && !(bytes_mode
            && (p::is_instance_of(values, &types().bytes)
                || p::is_instance_of(values, &types().bytearray)))
        && p::type_lookup(crate::types::type_of(values), "__getitem__").is_some()
    {
        Some(values.clone())
    } else {
        None
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut next = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(ts.value_error("incomplete format"));
        }
        let mut key = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(ts.value_error("incomplete format key"));
            }
            key = Some(chars[start..i - 1].iter().collect::<String>());
        }
        let mut spec = Spec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ');
                    }
                }
                '#' => spec.alternate = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        let mut take_arg = |ts: &ThreadState| -> PyResult<Value> {
            if let (Some(k), Some(m)) = (&key, &mapping) {
                let key = if bytes_mode {
                    crate::object::containers::new_bytes(
                        k.chars().map(|c| c as u32 as u8).collect(),
                    )
                } else {
                    new_str(k.as_str())
                };
                return p::getitem(ts, m, &key);
            }
            if key.is_some() {
                return Err(ts.type_error("format requires a mapping"));
            }
            let v = items
                .get(next)
                .cloned()
                .ok_or_else(|| ts.type_error("not enough arguments for format string"))?;
            next += 1;
            Ok(v)
        };
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(ts)?;
            if !is_int(&w) {
                return Err(ts.type_error("* wants int"));
            }
            spec.width = p::index_i64(ts, &w)?.max(0) as usize;
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                spec.width = chars[start..i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .unwrap_or(0);
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let pv = take_arg(ts)?;
                if !is_int(&pv) {
                    return Err(ts.type_error("* wants int"));
                }
                spec.precision = Some(p::index_i64(ts, &pv)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(
                    chars[start..i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                );
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(ts.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = take_arg(ts)?;
        if spec.zero && spec.align.is_none() {
            spec.fill = Some('0');
            spec.align = Some('=');
        }
        let piece = match conv {
            's' | 'r' | 'a' | 'b' if bytes_mode || conv != 'b' => {
                let s = match conv {
                    's' | 'b' if bytes_mode => percent_bytes_arg(ts, &v)?,
                    's' => p::str_string(ts, &v)?,
                    'r' if !bytes_mode => p::repr_string(ts, &v)?,
                    _ => {
                        let a = crate::builtins::functions::ascii(ts, &v)?;
                        as_str(&a).unwrap_or("").to_string()
                    }
                };
                let s: String = match spec.precision {
                    Some(pr) => s.chars().take(pr).collect(),
                    None => s,
                };
                let mut sp = spec.clone();
                sp.fill = None;
                sp.zero = false;
                if sp.align == Some('=') {
                    sp.align = None;
                }
                pad(&s, "", &sp, '>')
            }
            'd' | 'i' | 'u' => {
                let b = match as_bigint(&v) {
                    Some(b) => b,
                    None => match as_f64(&v) {
                        Some(f) => crate::builtins::numbers::float_to_bigint(f.trunc()),
                        None => {
                            return Err(ts.type_error(format!(
                                "%{} format: a real number is required, not {}",
                                conv,
                                type_name(&v)
                            )));
                        }
                    },
                };
                let mut sp = spec.clone();
                sp.ty = Some('d');
                let digits = crate::builtins::numbers::int_to_decimal(ts, &b.abs())?;
                let digits = match spec.precision {
                    Some(pr) if digits.len() < pr => {
                        format!("{}{}", "0".repeat(pr - digits.len()), digits)
                    }
                    _ => digits,
                };
                let sign = sign_str(b.is_negative(), &sp);
                pad(&digits, sign, &sp, '>')
            }
            'x' | 'X' | 'o' => {
                let b = as_bigint(&v).ok_or_else(|| {
                    ts.type_error(format!(
                        "%{} format: an integer is required, not {}",
                        conv,
                        type_name(&v)
                    ))
                })?;
                let mut sp = spec.clone();
                sp.ty = Some(conv);
                let radix = if conv == 'o' { 8 } else { 16 };
                let mut digits = b.abs().to_str_radix(radix);
                if conv == 'X' {
                    digits = digits.to_uppercase();
                }
                if let Some(pr) = spec.precision {
                    if digits.len() < pr {
                        digits = format!("{}{}", "0".repeat(pr - digits.len()), digits);
                    }
                }
                let prefix = if spec.alternate {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        _ => "0o",
                    }
                } else {
                    ""
                };
                let sign = format!("{}{}", sign_str(b.is_negative(), &sp), prefix);
                pad(&digits, &sign, &sp, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match as_f64(&v) {
                    Some(f) => f,
                    None => crate::builtins::numbers::float_from_value(ts, &v).map_err(|_| {
                        ts.type_error(format!("must be real number, not {}", type_name(&v)))
                    })?,
                };
                let mut sp = spec.clone();
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(ts, f, &sp)?
            }
            'c' if bytes_mode => {
                let ch = match crate::builtins::str::bytes_like(ts, &v) {
                    Ok(b) if b.len() == 1 => char::from(b[0]).to_string(),
                    Ok(_) => {
                        return Err(
                            ts.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                    Err(_) => {
                        let n = p::index_i64(ts, &v).map_err(|_| {
                            ts.type_error("%c requires an integer in range(256) or a single byte")
                        })?;
                        if !(0..256).contains(&n) {
                            return Err(ts.overflow_error("%c arg not in range(256)"));
                        }
                        char::from(n as u8).to_string()
                    }
                };
                pad(&ch, "", &spec, '>')
            }
            'c' => {
                let ch = if let Some(s) = as_str(&v) {
                    if s.chars().count() != 1 {
                        return Err(ts.type_error("%c requires int or char"));
                    }
                    s.to_string()
                } else {
                    let n = p::index_i64(ts, &v)?;
                    char::from_u32(n as u32)
                        .ok_or_else(|| ts.overflow_error("%c arg not in range(0x110000)"))?
                        .to_string()
                };
                pad(&ch, "", &spec, '>')
            }
            _ => {
                return Err(ts.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    conv,
                    conv as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && next < items.len() {
        return Err(ts.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    let _ = types();
    Ok(out)
}
