//! The `builtins` module (CPython's `bltinmodule.c`): builtin functions and the names of the
//! builtin types and exceptions. See docs/design/stdlib-bridge.md.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::call::{check_args, parse_args, split_kwargs};
use crate::object::containers::{as_dict, as_tuple, new_dict, new_list, new_tuple, DictData};
use crate::object::float::as_f64;
use crate::object::int::{as_bigint, as_i64, int_from_bigint, int_from_i64};
use crate::object::str::{as_str, new_str, str_ascii};
use crate::object::typeobj::CompareOp;
use crate::object::ObjRef;
use crate::protocol::{self as p, new_builtin_function, type_name};
use crate::thread_state::ThreadState;
use crate::types::{dict_set_str, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Fills the builtins namespace dict.
/// Argument-count check worded as CPython's `setattr`/`delattr` do
/// (`setattr expected 3 arguments, got 1`).
fn exact_args(ts: &ThreadState, fname: &str, a: &[Value], k: &[Value], n: usize) -> PyResult<()> {
    crate::call::no_kwargs(ts, fname, k)?;
    if a.len() != n {
        return Err(ts.type_error(format!("{fname} expected {n} arguments, got {}", a.len())));
    }
    Ok(())
}

pub fn populate(dict: &ObjRef) {
    let t = types();
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("print", print),
        ("len", |ts, a, k| {
            check_args(ts, "len", a, k, 1, 1)?;
            Ok(int_from_i64(p::len(ts, &a[0])? as i64))
        }),
        ("repr", |ts, a, k| {
            check_args(ts, "repr", a, k, 1, 1)?;
            p::repr(ts, &a[0])
        }),
        ("ascii", |ts, a, k| {
            check_args(ts, "ascii", a, k, 1, 1)?;
            ascii(ts, &a[0])
        }),
        ("abs", |ts, a, k| {
            check_args(ts, "abs", a, k, 1, 1)?;
            if let Some(i) = a[0].as_small_int() {
                return Ok(int_from_i64(i.abs()));
            }
            match type_data(type_of(&a[0])).slots().abs {
                Some(f) => f(ts, &a[0]),
                None => Err(ts.type_error(format!(
                    "bad operand type for abs(): '{}'",
                    type_name(&a[0])
                ))),
            }
        }),
        ("min", |ts, a, k| min_max(ts, a, k, "min", CompareOp::Lt)),
        ("max", |ts, a, k| min_max(ts, a, k, "max", CompareOp::Gt)),
        ("sum", sum),
        ("sorted", sorted),
        ("any", |ts, a, k| {
            check_args(ts, "any", a, k, 1, 1)?;
            let it = p::get_iter(ts, &a[0])?;
            while let Some(x) = p::next(ts, &it)? {
                if p::truthy(ts, &x)? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }),
        ("all", |ts, a, k| {
            check_args(ts, "all", a, k, 1, 1)?;
            let it = p::get_iter(ts, &a[0])?;
            while let Some(x) = p::next(ts, &it)? {
                if !p::truthy(ts, &x)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        }),
        ("isinstance", |ts, a, k| {
            check_args(ts, "isinstance", a, k, 2, 2)?;
            Ok(Value::from_bool(p::isinstance(ts, &a[0], &a[1])?))
        }),
        ("issubclass", |ts, a, k| {
            check_args(ts, "issubclass", a, k, 2, 2)?;
            Ok(Value::from_bool(p::issubclass(ts, &a[0], &a[1])?))
        }),
        ("id", |ts, a, k| {
            check_args(ts, "id", a, k, 1, 1)?;
            Ok(int_from_i64(
                a[0].as_obj()
                    .map_or(a[0].bits() as i64 & 0x7fff_ffff_ffff, |o| o.as_ptr() as i64),
            ))
        }),
        ("hash", |ts, a, k| {
            check_args(ts, "hash", a, k, 1, 1)?;
            Ok(int_from_i64(p::hash(ts, &a[0])?))
        }),
        ("iter", |ts, a, k| {
            check_args(ts, "iter", a, k, 1, 2)?;
            if a.len() == 2 {
                if !crate::protocol::is_callable(&a[0]) {
                    return Err(ts.type_error("iter(v, w): v must be callable"));
                }
                return Ok(crate::builtins::iterators::callable_iter(
                    a[0].clone(),
                    a[1].clone(),
                ));
            }
            p::get_iter(ts, &a[0])
        }),
        ("next", |ts, a, k| {
            check_args(ts, "next", a, k, 1, 2)?;
            if type_data(type_of(&a[0])).slots().next.is_none() {
                return Err(
                    ts.type_error(format!("'{}' object is not an iterator", type_name(&a[0])))
                );
            }
            if crate::generator::is_generator(&a[0]) {
                return match crate::generator::gen_next_value(ts, &a[0]) {
                    Err(e)
                        if a.len() == 2
                            && p::is_instance_of(e.value(), &types().stop_iteration) =>
                    {
                        Ok(a[1].clone())
                    }
                    r => r,
                };
            }
            match p::next(ts, &a[0])? {
                Some(v) => Ok(v),
                None => match a.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(ts.stop_iteration(Value::NONE)),
                },
            }
        }),
        ("getattr", |ts, a, k| {
            check_args(ts, "getattr", a, k, 2, 3)?;
            let name = as_str(&a[1]).ok_or_else(|| {
                ts.type_error(format!(
                    "attribute name must be string, not '{}'",
                    type_name(&a[1])
                ))
            })?;
            match p::getattr_str(ts, &a[0], name) {
                Ok(v) => Ok(v),
                Err(e)
                    if a.len() == 3 && p::is_instance_of(e.value(), &types().attribute_error) =>
                {
                    Ok(a[2].clone())
                }
                Err(e) => Err(e),
            }
        }),
        ("setattr", |ts, a, k| {
            exact_args(ts, "setattr", a, k, 3)?;
            let name = as_str(&a[1]).ok_or_else(|| {
                ts.type_error(format!(
                    "attribute name must be string, not '{}'",
                    type_name(&a[1])
                ))
            })?;
            p::setattr(
                ts,
                &a[0],
                &crate::object::str::intern(name),
                Some(a[2].clone()),
            )?;
            Ok(Value::NONE)
        }),
        ("delattr", |ts, a, k| {
            exact_args(ts, "delattr", a, k, 2)?;
            let name = as_str(&a[1]).ok_or_else(|| {
                ts.type_error(format!(
                    "attribute name must be string, not '{}'",
                    type_name(&a[1])
                ))
            })?;
            p::setattr(ts, &a[0], &crate::object::str::intern(name), None)?;
            Ok(Value::NONE)
        }),
        ("hasattr", |ts, a, k| {
            check_args(ts, "hasattr", a, k, 2, 2)?;
            let name = as_str(&a[1]).ok_or_else(|| {
                ts.type_error(format!(
                    "attribute name must be string, not '{}'",
                    type_name(&a[1])
                ))
            })?;
            Ok(Value::from_bool(p::getattr_opt(ts, &a[0], name)?.is_some()))
        }),
        ("callable", |ts, a, k| {
            check_args(ts, "callable", a, k, 1, 1)?;
            Ok(Value::from_bool(p::is_callable(&a[0])))
        }),
        ("chr", |ts, a, k| {
            check_args(ts, "chr", a, k, 1, 1)?;
            // CPython reads the argument as a C int first.
            let i = ToPrimitive::to_i32(&p::index(ts, &a[0])?)
                .ok_or_else(|| ts.overflow_error("Python int too large to convert to C int"))?;
            let c = u32::try_from(i)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| ts.value_error("chr() arg not in range(0x110000)"))?;
            Ok(crate::object::str::char_str(c))
        }),
        ("ord", |ts, a, k| {
            check_args(ts, "ord", a, k, 1, 1)?;
            if let Some(s) = as_str(&a[0]) {
                let mut it = s.chars();
                return match (it.next(), it.next()) {
                    (Some(c), None) => Ok(int_from_i64(i64::from(c as u32))),
                    _ => Err(ts.type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars().count()
                    ))),
                };
            }
            if let Ok(b) = crate::builtins::str::bytes_like(ts, &a[0]) {
                if b.len() == 1 {
                    return Ok(int_from_i64(i64::from(b[0])));
                }
                return Err(ts.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Err(ts.type_error(format!(
                "ord() expected string of length 1, but {} found",
                type_name(&a[0])
            )))
        }),
        ("hex", |ts, a, k| radix(ts, a, k, "hex", 16, "0x")),
        ("oct", |ts, a, k| radix(ts, a, k, "oct", 8, "0o")),
        ("bin", |ts, a, k| radix(ts, a, k, "bin", 2, "0b")),
        ("round", round),
        ("divmod", |ts, a, k| {
            check_args(ts, "divmod", a, k, 2, 2)?;
            divmod(ts, &a[0], &a[1])
        }),
        ("pow", pow),
        ("input", input),
        ("open", crate::builtins::io::open),
        ("format", |ts, a, k| {
            check_args(ts, "format", a, k, 1, 2)?;
            let spec = match a.get(1) {
                Some(s) => as_str(s).ok_or_else(|| {
                    ts.type_error(format!(
                        "format() argument 2 must be str, not {}",
                        type_name(s)
                    ))
                })?,
                None => "",
            };
            crate::builtins::format::format(ts, &a[0], spec)
        }),
        ("vars", |ts, a, k| {
            check_args(ts, "vars", a, k, 0, 1)?;
            match a.first() {
                None => locals(ts),
                Some(o) => p::getattr_str(ts, o, "__dict__")
                    .map_err(|_| ts.type_error("vars() argument must have __dict__ attribute")),
            }
        }),
        ("dir", dir),
        ("globals", |ts, _, _| globals(ts)),
        ("locals", |ts, _, _| locals(ts)),
        ("exec", |ts, a, k| exec_eval(ts, a, k, false)),
        ("eval", |ts, a, k| exec_eval(ts, a, k, true)),
        ("compile", compile),
        ("__build_class__", crate::builtins::classes::build_class),
        ("__import__", crate::import::builtin_import),
        ("breakpoint", |ts, a, k| {
            let hook = crate::builtins::sys::sys_attr(ts, "breakpointhook")
                .ok_or_else(|| ts.new_error(&types().runtime_error, "lost sys.breakpointhook"))?;
            p::call(ts, &hook, a, k)
        }),
        ("aiter", crate::asyncgen::builtin_aiter),
        ("anext", crate::asyncgen::builtin_anext),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, new_builtin_function(name, *f, Some("builtins")));
    }
    dict_set_str(dict, "help", crate::builtins::helper::new_helper());
    let type_names: &[(&str, &ObjRef)] = &[
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, ty) in type_names {
        dict_set_str(dict, name, (*ty).clone().into_value());
    }
    for (name, ty) in crate::builtins::exceptions::all_exceptions() {
        dict_set_str(dict, &name, ty.into_value());
    }
    dict_set_str(dict, "EnvironmentError", t.os_error.clone().into_value());
    dict_set_str(dict, "IOError", t.os_error.clone().into_value());
    dict_set_str(dict, "None", Value::NONE);
    dict_set_str(dict, "True", Value::TRUE);
    dict_set_str(dict, "False", Value::FALSE);
    dict_set_str(dict, "Ellipsis", Value::ELLIPSIS);
    dict_set_str(dict, "NotImplemented", Value::NOT_IMPLEMENTED);
    dict_set_str(dict, "__debug__", Value::TRUE);
    dict_set_str(dict, "__name__", new_str("builtins"));
    dict_set_str(dict, "__doc__", Value::NONE);
}

/// `ascii(v)`.
pub fn ascii(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let r = p::repr_string(ts, v)?;
    Ok(new_str(if r.is_ascii() { r } else { ascii_escape(&r) }))
}

fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp <= 0xff {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp <= 0xffff {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    let _ = str_ascii;
    out
}

fn print(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(a, k);
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (name, v) in kw {
        match name {
            "sep" => sep = Some(v.clone()),
            "end" => end = Some(v.clone()),
            "file" => file = Some(v.clone()),
            "flush" => flush = p::truthy(ts, v)?,
            _ => {
                return Err(ts.type_error(format!(
                    "'{name}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let text_arg = |v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(x) if x.is_none() => Ok(default.to_string()),
            Some(x) => match as_str(&x) {
                Some(s) => Ok(s.to_string()),
                None => Err(ts.type_error(format!(
                    "{} must be None or a string, not {}",
                    what,
                    type_name(&x)
                ))),
            },
        }
    };
    let sep = text_arg(sep, " ", "sep")?;
    let end = text_arg(end, "\n", "end")?;
    let file = match file.filter(|f| !f.is_none()) {
        Some(f) => f,
        None => match crate::builtins::sys::sys_attr(ts, "stdout") {
            Some(s) if !s.is_none() => s,
            _ => return Ok(Value::NONE),
        },
    };
    if file
        .as_obj()
        .is_some_and(|o| o.is::<crate::object::iter::FileData>())
    {
        let mut out = String::new();
        for (i, v) in pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&p::str_string(ts, v)?);
        }
        out.push_str(&end);
        crate::builtins::io::write_text(ts, &file, out)?;
    } else {
        // Other files see one write() per piece, as in CPython.
        let write = p::getattr_str(ts, &file, "write")?;
        for (i, v) in pos.iter().enumerate() {
            if i > 0 {
                p::call(ts, &write, &[new_str(sep.as_str())], &[])?;
            }
            p::call(ts, &write, &[p::str_(ts, v)?], &[])?;
        }
        p::call(ts, &write, &[new_str(end.as_str())], &[])?;
    }
    if flush {
        p::call_method(ts, &file, "flush", &[])?;
    }
    Ok(Value::NONE)
}

fn min_max(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    name: &str,
    op: CompareOp,
) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(a, k);
    if pos.is_empty() {
        return Err(ts.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let mut key = None;
    let mut default = None;
    for (n, v) in kw {
        match n {
            "key" => key = Some(v.clone()).filter(|x| !x.is_none()),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(
                    ts.type_error(format!("'{n}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    let items: Vec<Value> = match pos.len() {
        0 => return Err(ts.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => p::collect(ts, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(ts.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let kv = match &key {
            Some(f) => p::call(ts, f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        match &best {
            None => best = Some((kv, x)),
            Some((bk, _)) => {
                if p::compare_bool(ts, &kv, bk, op)? {
                    best = Some((kv, x));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| ts.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn sum(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() == k.len() {
        return Err(ts.type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            a.len() - k.len()
        )));
    }
    let [it, start] = parse_args(ts, "sum", a, k, ["iterable", "start"], 1, 2)?;
    let mut acc = start.unwrap_or_else(|| Value::small_int(0));
    if acc
        .as_obj()
        .is_some_and(|o| o.is::<crate::object::containers::ByteArrayData>())
    {
        return Err(ts.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    if as_str(&acc).is_some() {
        return Err(ts.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::object::containers::as_bytes(&acc).is_some() {
        return Err(ts.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = p::get_iter(ts, &it.unwrap_or(Value::NONE))?;
    while let Some(x) = p::next(ts, &it)? {
        acc = if let (Some(i), Some(j)) = (acc.as_small_int(), x.as_small_int()) {
            int_from_i64(i + j)
        } else if let (Some(f), Some(g)) = (acc.as_float(), x.as_float()) {
            Value::from_f64(f + g)
        } else {
            p::binary_op(ts, &acc, &x, 0)?
        };
    }
    Ok(acc)
}

fn sorted(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(a, k);
    if pos.len() != 1 {
        return Err(ts.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let l = new_list(p::collect(ts, &pos[0])?);
    let kwnames: Vec<Value> = kw.iter().map(|(n, _)| new_str(*n)).collect();
    let mut args = vec![];
    for (_, v) in &kw {
        args.push((*v).clone());
    }
    let sort = p::getattr_str(ts, &l, "sort")?;
    p::call(ts, &sort, &args, &kwnames)?;
    Ok(l)
}

fn radix(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    name: &str,
    base: u32,
    prefix: &str,
) -> PyResult<Value> {
    check_args(ts, name, a, k, 1, 1)?;
    let b = p::index(ts, &a[0])?;
    let digits = b.abs().to_str_radix(base);
    Ok(new_str(if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }))
}

fn round(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [x, nd] = parse_args(ts, "round", a, k, ["number", "ndigits"], 1, 2)?;
    let x = x.unwrap_or(Value::NONE);
    let Some(m) = p::lookup_special(ts, &x, "__round__")? else {
        return Err(ts.type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(&x)
        )));
    };
    match nd.filter(|n| !n.is_none()) {
        Some(n) => p::call(ts, &m, &[n], &[]),
        None => p::call(ts, &m, &[], &[]),
    }
}

/// `divmod(a, b)`.
pub fn divmod(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_bigint(a), as_bigint(b)) {
        if y.is_zero() {
            return Err(ts.zero_division_error("integer division or modulo by zero"));
        }
        use num_integer::Integer;
        let (q, r) = x.div_mod_floor(&y);
        return Ok(new_tuple(vec![int_from_bigint(q), int_from_bigint(r)]));
    }
    let fx = as_f64(a).or_else(|| as_bigint(a).and_then(|b| b.to_f64()));
    let fy = as_f64(b).or_else(|| as_bigint(b).and_then(|b| b.to_f64()));
    if let (Some(x), Some(y)) = (fx, fy) {
        if y == 0.0 {
            return Err(ts.zero_division_error("float divmod()"));
        }
        let (q, r) = crate::builtins::numbers::float_divmod(x, y);
        return Ok(new_tuple(vec![Value::from_f64(q), Value::from_f64(r)]));
    }
    if let Some(r) = p::call_special(ts, a, "__divmod__", std::slice::from_ref(b))? {
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if let Some(r) = p::call_special(ts, b, "__rdivmod__", std::slice::from_ref(a))? {
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    Err(ts.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

fn pow(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [base, exp, m] = parse_args(ts, "pow", a, k, ["base", "exp", "mod"], 2, 3)?;
    let (base, exp) = (base.unwrap_or(Value::NONE), exp.unwrap_or(Value::NONE));
    match m.filter(|m| !m.is_none()) {
        Some(m) => crate::builtins::numbers::int_pow3(ts, &base, &exp, &m),
        None => p::binary_op(ts, &base, &exp, 8),
    }
}

fn input(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "input", a, k, 0, 1)?;
    if let Some(prompt) = a.first() {
        let s = p::str_(ts, prompt)?;
        if let Some(out) = crate::builtins::sys::sys_attr(ts, "stdout") {
            p::call_method(ts, &out, "write", &[s])?;
            p::call_method(ts, &out, "flush", &[])?;
        }
    }
    let stdin = crate::builtins::sys::sys_attr(ts, "stdin")
        .ok_or_else(|| ts.runtime_error("input(): lost sys.stdin"))?;
    let line = p::call_method(ts, &stdin, "readline", &[])?;
    let s = as_str(&line).unwrap_or("");
    if s.is_empty() {
        return Err(ts.new_error(&types().eof_error, "EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(s)))
}

/// `dir(obj)` as a sorted list.
pub fn dir_of(ts: &ThreadState, o: &Value) -> PyResult<Value> {
    dir(ts, std::slice::from_ref(o), &[])
}

fn dir(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "dir", a, k, 0, 1)?;
    let Some(o) = a.first() else {
        let l = locals(ts)?;
        let mut keys: Vec<Value> = p::collect(ts, &l)?;
        let l2 = new_list(std::mem::take(&mut keys));
        p::call_method(ts, &l2, "sort", &[])?;
        return Ok(l2);
    };
    if let Some(m) = o
        .as_obj()
        .and_then(|x| x.downcast::<crate::object::misc::ModuleData>())
    {
        let keys: Vec<Value> = m
            .dict
            .downcast::<DictData>()
            .map(|d| d.0.with(|t| t.iter().map(|e| e.key.clone()).collect()))
            .unwrap_or_default();
        let l = new_list(keys);
        p::call_method(ts, &l, "sort", &[])?;
        return Ok(l);
    }
    let r = p::call_special(ts, o, "__dir__", &[])?.unwrap_or_else(|| new_list(vec![]));
    let l = new_list(p::collect(ts, &r)?);
    p::call_method(ts, &l, "sort", &[])?;
    Ok(l)
}

/// `globals()`.
pub fn globals(ts: &ThreadState) -> PyResult<Value> {
    let f = ts.current_frame.get();
    if f.is_null() {
        return Ok(new_dict().into_value());
    }
    // SAFETY: the current frame is initialised.
    Ok(unsafe { (*f).globals.clone() })
}

/// `locals()`: the locals mapping, or a snapshot dict of a function's fast locals.
pub fn locals(ts: &ThreadState) -> PyResult<Value> {
    let f = ts.current_frame.get();
    if f.is_null() {
        return Ok(new_dict().into_value());
    }
    // SAFETY: the current frame is initialised.
    unsafe { frame_locals(ts, f) }
}

/// The locals of a frame as a dict: its namespace, or a snapshot of its fast locals (cells
/// read through).
///
/// # Safety
/// `f` must be an initialised frame.
pub unsafe fn frame_locals(
    ts: &ThreadState,
    f: *mut crate::frame::InterpreterFrame,
) -> PyResult<Value> {
    // SAFETY: forwarded: `f` is initialised.
    unsafe {
        if !(*f).locals.is_null() {
            return Ok((*f).locals.clone());
        }
        let fo = crate::builtins::frameobject::frame_object(f);
        crate::builtins::frameobject::f_locals(ts, &fo)
    }
}

fn exec_eval(ts: &ThreadState, a: &[Value], k: &[Value], is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    let [source, g, l] = parse_args(ts, name, a, k, ["source", "globals", "locals"], 1, 3)?;
    let source = source.unwrap_or(Value::NONE);
    let g = g.filter(|x| !x.is_none());
    let l = l.filter(|x| !x.is_none());
    if let Some(gv) = &g {
        if as_dict(gv).is_none() {
            return Err(ts.type_error(format!(
                "{}() globals must be a dict, not {}",
                name,
                type_name(gv)
            )));
        }
    }
    let globals_v = match &g {
        Some(gv) => gv.clone(),
        None => globals(ts)?,
    };
    let locals_v = match (&l, &g) {
        (Some(lv), _) => lv.clone(),
        (None, Some(gv)) => gv.clone(),
        (None, None) => locals(ts)?,
    };
    if let Some(gd) = globals_v.as_obj() {
        if p::dict_get_str(gd, "__builtins__").is_none() {
            p::dict_set_str(
                ts,
                gd,
                "__builtins__",
                ts.interp.builtins_module.clone().into_value(),
            )?;
        }
    }
    let code = if source
        .as_obj()
        .is_some_and(|o| o.is::<crate::object::function::CodeData>())
    {
        source
    } else {
        let text = match as_str(&source) {
            Some(s) => s.to_string(),
            None => match crate::builtins::str::bytes_like(ts, &source) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(_) => {
                    return Err(ts.type_error(format!(
                        "{}() arg 1 must be a string, bytes or code object",
                        name
                    )))
                }
            },
        };
        let text = if is_eval {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text
        };
        let mode = if is_eval {
            ferrum_compiler::Mode::Eval
        } else {
            ferrum_compiler::Mode::Exec
        };
        let flags = crate::interpreter::inherited_future_flags(ts);
        crate::interpreter::compile_source_flags(ts, &text, "<string>", mode, flags)?
    };
    let r = crate::interpreter::run_code(ts, &code, &globals_v, &locals_v)?;
    Ok(if is_eval { r } else { Value::NONE })
}

fn compile(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [source, filename, mode, flags, dont_inherit, _optimize] = parse_args(
        ts,
        "compile",
        a,
        k,
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
        6,
    )?;
    let source = source.unwrap_or(Value::NONE);
    let text = match as_str(&source) {
        Some(s) => s.to_string(),
        None => {
            String::from_utf8_lossy(&crate::builtins::str::bytes_like(ts, &source)?).into_owned()
        }
    };
    let filename = p::str_string(ts, &filename.unwrap_or(Value::NONE))?;
    let mode_s = mode
        .as_ref()
        .and_then(|m| as_str(m))
        .unwrap_or("")
        .to_string();
    let mode = match mode_s.as_str() {
        "exec" => ferrum_compiler::Mode::Exec,
        "eval" => ferrum_compiler::Mode::Eval,
        "single" => ferrum_compiler::Mode::Single,
        _ => return Err(ts.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let mut flag_bits = 0u32;
    if let Some(f) = flags.filter(|f| !f.is_none()) {
        let n = p::index_i64(ts, &f)?;
        // Future features, the obsolete CO_NESTED and the PyCF_* compile options.
        const KNOWN: i64 = ferrum_compiler::future::FUTURE_MASK as i64 | 0x10 | 0x7600;
        if n & !KNOWN != 0 {
            return Err(ts.value_error("compile(): unrecognised flags"));
        }
        flag_bits = (n & i64::from(ferrum_compiler::future::FUTURE_MASK)) as u32;
    }
    let inherit = match dont_inherit.filter(|d| !d.is_none()) {
        Some(d) => !p::truthy(ts, &d)?,
        None => true,
    };
    if inherit {
        flag_bits |= crate::interpreter::inherited_future_flags(ts);
    }
    crate::interpreter::compile_source_flags(ts, &text, &filename, mode, flag_bits)
}

/// Keeps imports used.
#[allow(dead_code)]
fn _unused(v: &Value) -> Option<i64> {
    let _ = BigInt::zero();
    let _ = as_tuple(v);
    as_i64(v)
}
