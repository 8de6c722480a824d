//! Structural pattern matching support for the `MATCH_*` opcodes: which subjects count as
//! sequences and mappings, reading mapping keys, and class patterns with `__match_args__`.
//! See docs/design/compiler.md.

use crate::object::containers::{as_dict, as_tuple, new_tuple};
use crate::object::str::as_str;
use crate::object::typeobj::TypeData;
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{type_data, types};
use crate::value::Value;
use crate::PyResult;

/// MATCH_SEQUENCE: list, tuple, range and their subclasses (never str/bytes/bytearray).
pub fn is_sequence(v: &Value) -> bool {
    let t = types();
    [&t.list, &t.tuple, &t.range]
        .iter()
        .any(|ty| p::is_instance_of(v, ty))
}

/// MATCH_MAPPING: dict and its subclasses, and mappingproxy.
pub fn is_mapping(v: &Value) -> bool {
    let t = types();
    p::is_instance_of(v, &t.dict) || p::is_instance_of(v, &t.mappingproxy)
}

/// MATCH_KEYS: a tuple of the values for `keys`, or None if one is missing.
pub fn match_keys(ts: &ThreadState, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = as_tuple(keys).unwrap_or(&[]).to_vec();
    let mut out = Vec::with_capacity(keys.len());
    let get = if as_dict(subject).is_some() && p::is_exact_dict(subject) {
        None
    } else {
        Some(p::getattr_str(ts, subject, "get")?)
    };
    let sentinel = crate::builtins::classes::new_instance(&types().object);
    for k in keys {
        let v = match (&get, as_dict(subject)) {
            (None, Some(d)) => p::dict_get(ts, d, &k)?,
            (Some(g), _) => {
                let r = p::call(ts, g, &[k, sentinel.clone()], &[])?;
                if r.is(&sentinel) {
                    None
                } else {
                    Some(r)
                }
            }
            (None, None) => None,
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(new_tuple(out))
}

/// MATCH_CLASS: the attributes named by `__match_args__[:npos]` and `names`, or None when the
/// subject is not an instance or lacks one of them.
pub fn match_class(
    ts: &ThreadState,
    subject: &Value,
    cls: &Value,
    names: &Value,
    npos: usize,
) -> PyResult<Value> {
    let Some(ty) = cls.as_obj().filter(|o| o.is::<TypeData>()) else {
        return Err(ts.type_error("called match pattern must be a type"));
    };
    if !p::isinstance(ts, subject, cls)? {
        return Ok(Value::NONE);
    }
    let cls_name = type_data(ty).name();
    let mut attrs = Vec::new();
    if npos > 0 {
        let t = types();
        let self_matching = [
            &t.bool,
            &t.bytearray,
            &t.bytes,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str,
            &t.tuple,
        ]
        .iter()
        .any(|b| ty.is_same(b));
        let match_args = p::getattr_opt(ts, cls, "__match_args__")?;
        match match_args {
            None if self_matching => {
                if npos > 1 {
                    return Err(ts.type_error(format!(
                        "{cls_name}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                attrs.push(subject.clone());
            }
            other => {
                let ma = other.unwrap_or_else(|| new_tuple(vec![]));
                let Some(items) = as_tuple(&ma) else {
                    return Err(ts.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls_name,
                        type_name(&ma)
                    )));
                };
                if npos > items.len() {
                    return Err(ts.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        cls_name,
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for name in &items[..npos] {
                    let n = as_str(name).ok_or_else(|| {
                        ts.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(name)
                        ))
                    })?;
                    match p::getattr_opt(ts, subject, n)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::NONE),
                    }
                }
            }
        }
    }
    for name in as_tuple(names).unwrap_or(&[]) {
        let n = as_str(name).unwrap_or("");
        match p::getattr_opt(ts, subject, n)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(new_tuple(attrs))
}
