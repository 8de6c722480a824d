//! `str`, `bytes` and `bytearray`: slots (comparison, hashing, indexing and slicing by code
//! point, concatenation, repetition, `%`-formatting) and methods. See
//! docs/design/object-model.md.

use crate::builtins::classes::set_slots;
use crate::builtins::slice::{slice_indices, SliceIndices};
use crate::call::{check_args, parse_args};
use crate::object::containers::{
    as_bytes, as_tuple, new_bytearray, new_bytes, new_list, new_tuple, ByteArrayData, BytesData,
};
use crate::object::int::{as_i64, int_from_i64};
use crate::object::misc::SliceData;
use crate::object::str::{as_str, as_str_data, char_str, new_str, str_repr, StrData};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the text and bytes types' slots and methods.
pub fn init() {
    let t = types();
    set_slots(&t.str, |s| {
        s.repr = Some(|_, v| Ok(new_str(str_repr(as_str(v).unwrap_or("")))));
        s.str = Some(|_, v| Ok(new_str(as_str(v).unwrap_or(""))));
        s.hash = Some(|_, v| Ok(as_str_data(v).map_or(0, StrData::hash)));
        s.richcompare = Some(str_richcompare);
        s.len = Some(|_, v| Ok(as_str_data(v).map_or(0, |d| d.char_len)));
        s.getitem = Some(str_getitem);
        s.contains = Some(str_contains);
        s.iter = Some(str_iter);
        s.nb[0] = Some(str_add);
        s.nb[5] = Some(str_mul);
        s.nb[6] = Some(str_mod);
        s.new = Some(str_new);
        s.bool = Some(|_, v| Ok(as_str(v).is_some_and(|s| !s.is_empty())));
    });
    add_methods(
        &t.str,
        &[
            ("join", str_join),
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("strip", |ts, a, k| {
                strip_impl(ts, a, k, "strip", true, true)
            }),
            ("lstrip", |ts, a, k| {
                strip_impl(ts, a, k, "lstrip", true, false)
            }),
            ("rstrip", |ts, a, k| {
                strip_impl(ts, a, k, "rstrip", false, true)
            }),
            ("replace", str_replace),
            ("startswith", |ts, a, k| starts_ends(ts, a, k, true)),
            ("endswith", |ts, a, k| starts_ends(ts, a, k, false)),
            ("find", |ts, a, k| find_impl(ts, a, k, false, false)),
            ("rfind", |ts, a, k| find_impl(ts, a, k, true, false)),
            ("index", |ts, a, k| find_impl(ts, a, k, false, true)),
            ("rindex", |ts, a, k| find_impl(ts, a, k, true, true)),
            ("count", str_count),
            ("upper", |_, a, _| Ok(new_str(this(&a[0]).to_uppercase()))),
            ("lower", |_, a, _| Ok(new_str(this(&a[0]).to_lowercase()))),
            ("casefold", |_, a, _| {
                Ok(new_str(crate::object::str::casefold(this(&a[0]))))
            }),
            ("swapcase", |_, a, _| {
                let chars: Vec<char> = this(&a[0]).chars().collect();
                let mut out = String::with_capacity(chars.len());
                for (i, &c) in chars.iter().enumerate() {
                    if c.is_uppercase() {
                        lower_in_context(&chars, i, &mut out);
                    } else if c.is_lowercase() {
                        out.extend(c.to_uppercase());
                    } else {
                        out.push(c);
                    }
                }
                Ok(new_str(out))
            }),
            ("title", |_, a, _| Ok(new_str(title(this(&a[0]))))),
            ("capitalize", |_, a, _| Ok(new_str(capitalize(this(&a[0]))))),
            ("isdigit", |_, a, _| {
                Ok(pred(&a[0], crate::object::str::is_digit_char))
            }),
            ("isdecimal", |_, a, _| {
                Ok(pred(&a[0], crate::object::str::is_decimal_char))
            }),
            ("isnumeric", |_, a, _| {
                Ok(pred(&a[0], crate::object::str::is_numeric_char))
            }),
            ("isalpha", |_, a, _| {
                Ok(pred(&a[0], crate::object::str::is_alpha_char))
            }),
            ("isalnum", |_, a, _| {
                Ok(pred(&a[0], crate::object::str::is_alnum_char))
            }),
            ("isspace", |_, a, _| {
                Ok(pred(&a[0], crate::object::str::is_space_char))
            }),
            // CPython: a lower-case or title-case character makes `isupper` false (and an
            // upper-case or title-case one `islower`); at least one cased character needed.
            ("isupper", |_, a, _| {
                let s = this(&a[0]);
                Ok(Value::from_bool(
                    s.chars().any(char::is_uppercase)
                        && !s.chars().any(|c| c.is_lowercase() || is_titlecase_char(c)),
                ))
            }),
            ("islower", |_, a, _| {
                let s = this(&a[0]);
                Ok(Value::from_bool(
                    s.chars().any(char::is_lowercase)
                        && !s.chars().any(|c| c.is_uppercase() || is_titlecase_char(c)),
                ))
            }),
            ("isascii", |_, a, _| {
                Ok(Value::from_bool(this(&a[0]).is_ascii()))
            }),
            ("isidentifier", |_, a, _| {
                Ok(Value::from_bool(is_identifier(this(&a[0]))))
            }),
            ("isprintable", |_, a, _| {
                Ok(Value::from_bool(
                    this(&a[0]).chars().all(crate::object::str::is_printable),
                ))
            }),
            ("istitle", |_, a, _| {
                let (mut cased, mut prev_cased) = (false, false);
                for c in this(&a[0]).chars() {
                    if c.is_uppercase() || is_titlecase_char(c) {
                        if prev_cased {
                            return Ok(Value::FALSE);
                        }
                        prev_cased = true;
                        cased = true;
                    } else if c.is_lowercase() {
                        if !prev_cased {
                            return Ok(Value::FALSE);
                        }
                        prev_cased = true;
                        cased = true;
                    } else {
                        prev_cased = false;
                    }
                }
                Ok(Value::from_bool(cased))
            }),
            ("center", |ts, a, k| pad(ts, a, k, "center")),
            ("ljust", |ts, a, k| pad(ts, a, k, "ljust")),
            ("rjust", |ts, a, k| pad(ts, a, k, "rjust")),
            ("zfill", str_zfill),
            ("partition", |ts, a, k| partition(ts, a, k, false)),
            ("rpartition", |ts, a, k| partition(ts, a, k, true)),
            ("splitlines", str_splitlines),
            ("format", |ts, a, k| {
                crate::builtins::format::str_format(ts, a, k)
            }),
            ("format_map", |ts, a, _| {
                crate::builtins::format::str_format_map(ts, a)
            }),
            ("__format__", |ts, a, _| {
                crate::builtins::format::format_method(ts, a)
            }),
            ("encode", str_encode),
            ("expandtabs", str_expandtabs),
            ("removeprefix", |ts, a, _| {
                check_args(ts, "removeprefix", a, &[], 2, 2)?;
                let s = this(&a[0]);
                let pfx = as_str(&a[1]).ok_or_else(|| {
                    ts.type_error(format!(
                        "removeprefix() argument must be str, not {}",
                        type_name(&a[1])
                    ))
                })?;
                Ok(new_str(s.strip_prefix(pfx).unwrap_or(s)))
            }),
            ("removesuffix", |ts, a, _| {
                check_args(ts, "removesuffix", a, &[], 2, 2)?;
                let s = this(&a[0]);
                let sfx = as_str(&a[1]).ok_or_else(|| {
                    ts.type_error(format!(
                        "removesuffix() argument must be str, not {}",
                        type_name(&a[1])
                    ))
                })?;
                Ok(new_str(if sfx.is_empty() {
                    s
                } else {
                    s.strip_suffix(sfx).unwrap_or(s)
                }))
            }),
            ("translate", str_translate),
            ("__getnewargs__", |_, a, _| {
                Ok(new_tuple(vec![new_str(this(&a[0]))]))
            }),
            ("__len__", |_, a, _| {
                Ok(int_from_i64(
                    as_str_data(&a[0]).map_or(0, |d| d.char_len) as i64
                ))
            }),
            ("__contains__", |ts, a, _| {
                Ok(Value::from_bool(str_contains(ts, &a[0], &a[1])?))
            }),
            ("__getitem__", |ts, a, _| str_getitem(ts, &a[0], &a[1])),
            ("__add__", |ts, a, _| str_add(ts, &a[0], &a[1])),
            ("__mul__", |ts, a, _| str_mul(ts, &a[0], &a[1])),
            ("__mod__", |ts, a, _| str_mod(ts, &a[0], &a[1])),
            ("__eq__", |ts, a, _| {
                str_richcompare(ts, &a[0], &a[1], CompareOp::Eq)
            }),
            ("__ne__", |ts, a, _| {
                str_richcompare(ts, &a[0], &a[1], CompareOp::Ne)
            }),
            ("__lt__", |ts, a, _| {
                str_richcompare(ts, &a[0], &a[1], CompareOp::Lt)
            }),
            ("__hash__", |_, a, _| {
                Ok(int_from_i64(as_str_data(&a[0]).map_or(0, StrData::hash)))
            }),
            ("__str__", |_, a, _| Ok(new_str(this(&a[0])))),
            ("__repr__", |_, a, _| Ok(new_str(str_repr(this(&a[0]))))),
        ],
    );
    crate::types::add_class_methods(&t.str, &[("maketrans", str_maketrans)], true);
    set_slots(&t.bytes, |s| {
        s.repr = Some(|_, v| Ok(new_str(bytes_repr(as_bytes(v).unwrap_or(&[]), "b"))));
        // `bytes.__str__` is the native repr even when a subclass overrides `__repr__`.
        s.str = Some(|_, v| Ok(new_str(bytes_repr(as_bytes(v).unwrap_or(&[]), "b"))));
        s.hash = Some(|_, v| Ok(crate::object::str::hash_bytes(as_bytes(v).unwrap_or(&[]))));
        s.richcompare = Some(bytes_richcompare);
        s.len = Some(|_, v| Ok(as_bytes(v).map_or(0, <[u8]>::len)));
        s.getitem = Some(bytes_getitem);
        s.contains = Some(bytes_contains);
        s.iter = Some(|_, v| {
            let b = as_bytes(v).unwrap_or(&[]).to_vec();
            let mut i = 0;
            Ok(crate::object::iter::new_native_iter(
                &types().seq_iterator,
                Box::new(move |_| {
                    let r = b.get(i).map(|x| int_from_i64(i64::from(*x)));
                    i += 1;
                    Ok(r)
                }),
            ))
        });
        s.nb[0] = Some(bytes_add);
        s.nb[5] = Some(bytes_mul);
        s.nb[6] = Some(bytes_mod);
        s.new = Some(bytes_new);
    });
    add_methods(
        &t.bytes,
        &[
            ("decode", bytes_decode),
            ("join", bytes_join),
            ("__bytes__", |_, a, _| Ok(new_bytes(bytes_like_raw(&a[0])))),
        ],
    );
    add_methods(&t.bytes, BYTES_COMMON_METHODS);
    add_methods(&t.bytearray, BYTES_COMMON_METHODS);
    add_methods(&t.bytearray, &[("join", bytes_join)]);
    crate::types::add_class_methods(&t.bytes, &[("fromhex", bytes_fromhex)], false);
    for ty in [&t.bytes, &t.bytearray] {
        crate::types::add_class_methods(ty, &[("maketrans", bytes_maketrans)], true);
    }
    set_slots(&t.bytearray, |s| {
        s.nb[0] = Some(bytes_add);
        s.repr = Some(|_, v| {
            Ok(new_str(format!(
                "{}({})",
                type_name(v),
                bytes_repr(&bytes_like_raw(v), "b")
            )))
        });
        s.str = Some(|_, v| {
            Ok(new_str(format!(
                "{}({})",
                type_name(v),
                bytes_repr(&bytes_like_raw(v), "b")
            )))
        });
        s.richcompare = Some(bytes_richcompare);
        s.len = Some(|_, v| Ok(bytes_like_raw(v).len()));
        s.getitem = Some(bytes_getitem);
        s.contains = Some(bytes_contains);
        s.nb[0] = Some(|ts, a, b| {
            let (Ok(mut x), Ok(y)) = (bytes_like(ts, a), bytes_like(ts, b)) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            x.extend(y);
            Ok(new_bytearray(x))
        });
        s.new = Some(|ts, ty, a, k| {
            let [src, encoding, errors] = parse_args(
                ts,
                "bytearray",
                a,
                k,
                ["source", "encoding", "errors"],
                0,
                3,
            )?;
            codec_arg_types(ts, "bytearray", &encoding, &errors)?;
            let b = match (src, encoding) {
                (None, Some(_)) => return Err(ts.type_error("encoding without a string argument")),
                (None, None) if errors.is_some() => {
                    return Err(ts.type_error("errors without a string argument"))
                }
                (None, _) => Vec::new(),
                (Some(x), Some(e)) => {
                    let Some(text) = as_str(&x) else {
                        return Err(ts.type_error("encoding without a string argument"));
                    };
                    let (enc, errs) = codec_names(Some(&e), errors.as_ref());
                    encode(ts, text, &enc, &errs)?
                }
                (Some(x), None) => bytes_from_value(ts, &x, &[])?,
            };
            Ok(alloc(ty, ByteArrayData(PyCell::new(b), std::cell::Cell::new(0))).into_value())
        });
        s.setitem = Some(bytearray_setitem);
        s.nb[6] = Some(bytes_mod);
        s.nb_inplace[0] = Some(|ts, a, b| {
            resize_guard(ts, a)?;
            let more = bytes_like(ts, b)?;
            if let Some(ba) = a.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
                ba.0.with_mut(|d| d.extend(more));
            }
            Ok(a.clone())
        });
        s.nb[5] = Some(|ts, a, b| {
            let (x, n, left) = match (
                a.as_obj().and_then(|o| o.downcast::<ByteArrayData>()),
                b.as_obj().and_then(|o| o.downcast::<ByteArrayData>()),
            ) {
                (Some(x), _) => (x.0.get(), b, true),
                (None, Some(x)) => (x.0.get(), a, false),
                _ => return Ok(Value::NOT_IMPLEMENTED),
            };
            let Some(n) = repeat_count(ts, n)? else {
                return crate::builtins::list::seq_mul_non_int(ts, a, b, left);
            };
            Ok(new_bytearray(x.repeat(n)))
        });
    });
    add_methods(
        &t.bytearray,
        &[
            ("__setitem__", |ts, a, k| {
                crate::call::check_method_args(ts, "__setitem__", a, k, 2, 2)?;
                bytearray_setitem(ts, &a[0], &a[1], Some(a[2].clone()))?;
                Ok(Value::NONE)
            }),
            ("__delitem__", |ts, a, k| {
                crate::call::check_method_args(ts, "__delitem__", a, k, 1, 1)?;
                bytearray_setitem(ts, &a[0], &a[1], None)?;
                Ok(Value::NONE)
            }),
            ("__iadd__", |ts, a, k| {
                crate::call::check_method_args(ts, "__iadd__", a, k, 1, 1)?;
                resize_guard(ts, &a[0])?;
                let more = bytes_like(ts, &a[1])?;
                if let Some(ba) = bytearray_data(&a[0]) {
                    ba.0.with_mut(|d| d.extend(more));
                }
                Ok(a[0].clone())
            }),
        ],
    );
    // Mutable: unhashable, as list.
    crate::types::dict_set_str(&type_data(&t.bytearray).dict, "__hash__", Value::NONE);
    add_methods(
        &t.bytearray,
        &[
            ("decode", bytes_decode),
            ("append", |ts, a, _| {
                check_args(ts, "append", a, &[], 2, 2)?;
                resize_guard(ts, &a[0])?;
                let b = Some(p::index_i64(ts, &a[1])?)
                    .filter(|b| (0..256).contains(b))
                    .ok_or_else(|| ts.value_error("byte must be in range(0, 256)"))?;
                if let Some(ba) = a[0].as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
                    ba.0.with_mut(|d| d.push(b as u8));
                }
                Ok(Value::NONE)
            }),
            ("extend", |ts, a, _| {
                check_args(ts, "extend", a, &[], 2, 2)?;
                resize_guard(ts, &a[0])?;
                if crate::object::int::is_int(&a[1]) {
                    return Err(
                        ts.type_error(format!("can't extend bytearray with {}", type_name(&a[1])))
                    );
                }
                if as_str(&a[1]).is_some() {
                    return Err(ts.type_error("'str' object cannot be interpreted as an integer"));
                }
                let more = bytes_from_value(ts, &a[1], &[])?;
                if let Some(ba) = a[0].as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
                    ba.0.with_mut(|d| d.extend(more));
                }
                Ok(Value::NONE)
            }),
        ],
    );
}

/// Methods bytes and bytearray share; results have the receiver's type.
const BYTES_COMMON_METHODS: &[(&str, crate::object::function::NativeFn)] = &[
    ("hex", bytes_hex),
    ("translate", bytes_translate),
    ("strip", |ts, a, _| bytes_strip(ts, a, true, true)),
    ("lstrip", |ts, a, _| bytes_strip(ts, a, true, false)),
    ("rstrip", |ts, a, _| bytes_strip(ts, a, false, true)),
    ("center", |ts, a, _| bytes_justify(ts, a, "center")),
    ("ljust", |ts, a, _| bytes_justify(ts, a, "ljust")),
    ("rjust", |ts, a, _| bytes_justify(ts, a, "rjust")),
    ("partition", |ts, a, _| bytes_partition(ts, a, false)),
    ("rpartition", |ts, a, _| bytes_partition(ts, a, true)),
    ("isupper", |_, a, _| {
        let s = bytes_like_raw(&a[0]);
        Ok(Value::from_bool(
            s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase),
        ))
    }),
    ("islower", |_, a, _| {
        let s = bytes_like_raw(&a[0]);
        Ok(Value::from_bool(
            s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase),
        ))
    }),
    ("isdigit", |_, a, _| bytes_all(a, u8::is_ascii_digit)),
    ("isalpha", |_, a, _| bytes_all(a, u8::is_ascii_alphabetic)),
    ("isalnum", |_, a, _| bytes_all(a, u8::is_ascii_alphanumeric)),
    ("isspace", |_, a, _| {
        bytes_all(a, |b| b.is_ascii_whitespace() || *b == 0x0b)
    }),
    ("isascii", |_, a, _| {
        Ok(Value::from_bool(bytes_like_raw(&a[0]).is_ascii()))
    }),
    ("rfind", |ts, a, _| {
        let s = bytes_like_raw(&a[0]);
        let x = bytes_needle(ts, a)?;
        Ok(int_from_i64(rfind_bytes(&s, &x).map_or(-1, |i| i as i64)))
    }),
    ("index", |ts, a, _| {
        let s = bytes_like_raw(&a[0]);
        let x = bytes_needle(ts, a)?;
        match find_bytes(&s, &x) {
            Some(i) => Ok(int_from_i64(i as i64)),
            None => Err(ts.value_error("subsection not found")),
        }
    }),
    ("rindex", |ts, a, _| {
        let s = bytes_like_raw(&a[0]);
        let x = bytes_needle(ts, a)?;
        match rfind_bytes(&s, &x) {
            Some(i) => Ok(int_from_i64(i as i64)),
            None => Err(ts.value_error("subsection not found")),
        }
    }),
];

fn same_bytes_type(like: &Value, out: Vec<u8>) -> Value {
    if bytearray_data(like).is_some() {
        new_bytearray(out)
    } else {
        new_bytes(out)
    }
}

fn bytes_all(a: &[Value], pred: impl Fn(&u8) -> bool) -> PyResult<Value> {
    let s = bytes_like_raw(&a[0]);
    Ok(Value::from_bool(!s.is_empty() && s.iter().all(pred)))
}

fn bytes_needle(ts: &ThreadState, a: &[Value]) -> PyResult<Vec<u8>> {
    match a.get(1) {
        Some(v) => match as_i64(v) {
            Some(n) if (0..256).contains(&n) => Ok(vec![n as u8]),
            Some(_) => Err(ts.value_error("byte must be in range(0, 256)")),
            None => bytes_like(ts, v),
        },
        None => Err(ts.type_error("expected at least 1 argument, got 0")),
    }
}

fn rfind_bytes(s: &[u8], x: &[u8]) -> Option<usize> {
    if x.len() > s.len() {
        return None;
    }
    (0..=s.len() - x.len())
        .rev()
        .find(|&i| s.get(i..i + x.len()) == Some(x))
}

/// `bytes.hex([sep[, bytes_per_sep]])`.
pub fn bytes_hex(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, sep, per] = parse_args(ts, "hex", a, k, ["self", "sep", "bytes_per_sep"], 1, 3)?;
    let data = bytes_like_raw(&a[0]);
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(new_str(digits.concat()));
    };
    let sep: String = match as_str(&sep) {
        Some(s) => s.to_string(),
        None => bytes_like(ts, &sep)
            .map_err(|_| {
                ts.type_error(format!("object of type '{}' has no len()", type_name(&sep)))
            })?
            .iter()
            .map(|&b| char::from(b))
            .collect(),
    };
    if sep.chars().count() != 1 {
        return Err(ts.value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(ts.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(v) => p::index_i64(ts, &v)?,
        None => 1,
    };
    if per == 0 {
        return Ok(new_str(digits.concat()));
    }
    let group = per.unsigned_abs() as usize;
    let n = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        // Positive counts group from the right, negative from the left.
        let boundary = if per > 0 {
            (n - i).is_multiple_of(group)
        } else {
            i.is_multiple_of(group)
        };
        if i > 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(new_str(out))
}

/// `bytes.center/ljust/rjust(width[, fillbyte])`.
fn bytes_justify(ts: &ThreadState, a: &[Value], which: &str) -> PyResult<Value> {
    check_args(ts, which, a, &[], 2, 3)?;
    let s = bytes_like_raw(&a[0]);
    let width = p::index_i64(ts, &a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match bytes_like(ts, v) {
            Ok(b) if b.len() == 1 => b[0],
            _ => {
                return Err(ts.type_error(format!(
                    "{which}() argument 2 must be a byte string of length 1, not {}",
                    type_name(v)
                )))
            }
        },
    };
    if width <= s.len() {
        return Ok(same_bytes_type(&a[0], s));
    }
    let pad = width - s.len();
    let (left, right) = match which {
        "ljust" => (0, pad),
        "rjust" => (pad, 0),
        _ => {
            // CPython's centering puts the extra byte on the left when the
            // width and padding are both odd.
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(same_bytes_type(&a[0], out))
}

/// `bytes.partition(sep)` / `rpartition(sep)`.
fn bytes_partition(ts: &ThreadState, a: &[Value], from_right: bool) -> PyResult<Value> {
    check_args(
        ts,
        if from_right {
            "rpartition"
        } else {
            "partition"
        },
        a,
        &[],
        2,
        2,
    )?;
    let s = bytes_like_raw(&a[0]);
    let sep = bytes_like(ts, &a[1])?;
    if sep.is_empty() {
        return Err(ts.value_error("empty separator"));
    }
    let found = if from_right {
        rfind_bytes(&s, &sep)
    } else {
        find_bytes(&s, &sep)
    };
    let mk = |b: &[u8]| same_bytes_type(&a[0], b.to_vec());
    let parts = match found {
        Some(i) => [mk(&s[..i]), mk(&sep), mk(&s[i + sep.len()..])],
        None if from_right => [mk(b""), mk(b""), mk(&s)],
        None => [mk(&s), mk(b""), mk(b"")],
    };
    Ok(new_tuple(parts.to_vec()))
}

fn this(v: &Value) -> &str {
    as_str(v).unwrap_or("")
}

fn arg_str<'a>(ts: &ThreadState, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| ts.type_error(format!("must be str, not {}", type_name(v))))
}

fn pred(v: &Value, f: impl Fn(char) -> bool) -> Value {
    let s = this(v);
    Value::from_bool(!s.is_empty() && s.chars().all(f))
}

/// Whether `s` is a valid identifier.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    chars.all(unicode_ident::is_xid_continue)
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            lower_in_context(&chars, i, &mut out);
        } else {
            crate::object::str::title_char(c, &mut out);
        }
        prev_cased = crate::object::str::is_cased_char(c);
    }
    out
}

/// A titlecase letter (like 'ǅ'): neither upper nor lower case, but cased.
fn is_titlecase_char(c: char) -> bool {
    !c.is_uppercase()
        && !c.is_lowercase()
        && c.to_lowercase().ne(std::iter::once(c))
        && c.to_uppercase().ne(std::iter::once(c))
}

/// Lower-cases `chars[i]`, with the final-sigma rule for 'Σ'.
fn lower_in_context(chars: &[char], i: usize, out: &mut String) {
    let c = chars.get(i).copied().unwrap_or(' ');
    if c == '\u{3A3}' {
        let cased = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|&x| crate::object::str::is_cased_char(x))
        };
        if cased(i.checked_sub(1)) && !cased(i.checked_add(1)) {
            out.push('\u{3C2}');
            return;
        }
    }
    out.extend(c.to_lowercase());
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(f) = c.next() {
        crate::object::str::title_char(f, &mut out);
        let chars: Vec<char> = s.chars().collect();
        for i in 1..chars.len() {
            lower_in_context(&chars, i, &mut out);
        }
    }
    out
}

/// Byte offset of code point `i` (ASCII fast path).
fn byte_at(d: &StrData, i: usize) -> usize {
    if d.is_ascii() {
        return i;
    }
    d.s.char_indices().nth(i).map_or(d.s.len(), |(b, _)| b)
}

fn str_getitem(ts: &ThreadState, v: &Value, k: &Value) -> PyResult<Value> {
    let d = as_str_data(v).ok_or_else(|| ts.type_error("not a str"))?;
    if let Some(sl) = k.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let SliceIndices {
            start,
            stop,
            step,
            len,
        } = slice_indices(ts, sl, d.char_len)?;
        if step == 1 {
            if len == 0 {
                return Ok(new_str(""));
            }
            if len == d.char_len && p::is_exact_str(v) {
                return Ok(v.clone());
            }
            let a = byte_at(d, start as usize);
            let b = byte_at(d, stop as usize);
            return Ok(new_str(&d.s[a..b]));
        }
        let chars: Vec<char> = d.s.chars().collect();
        let mut out = String::new();
        let mut i = start;
        for _ in 0..len {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(new_str(out));
    }
    if crate::object::int::as_bigint(k).is_none() && type_data(type_of(k)).slots().index.is_none() {
        return Err(ts.type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(k)
        )));
    }
    let i = p::seq_index(ts, k, "string")?;
    let n = d.char_len as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(ts.index_error("string index out of range"));
    }
    let c = if d.is_ascii() {
        d.s.as_bytes()[j as usize] as char
    } else {
        d.s.chars().nth(j as usize).unwrap_or(' ')
    };
    Ok(char_str(c))
}

fn str_contains(ts: &ThreadState, v: &Value, x: &Value) -> PyResult<bool> {
    let s = this(v);
    match as_str(x) {
        Some(sub) => Ok(s.contains(sub)),
        None => Err(ts.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(x)
        ))),
    }
}

fn str_iter(_: &ThreadState, v: &Value) -> PyResult<Value> {
    let s: Vec<char> = this(v).chars().collect();
    let mut i = 0;
    Ok(crate::object::iter::new_native_iter(
        &types().str_iterator,
        Box::new(move |_| {
            let r = s.get(i).map(|c| char_str(*c));
            i += 1;
            Ok(r)
        }),
    ))
}

fn str_richcompare(_: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::from_bool(op.test(x.cmp(y))))
}

fn str_add(_: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    Ok(new_str(s))
}

fn repeat_count(ts: &ThreadState, n: &Value) -> PyResult<Option<usize>> {
    if !crate::object::int::is_int(n) && type_data(type_of(n)).slots().index.is_none() {
        return Ok(None);
    }
    let n = p::index_i64(ts, n)
        .map_err(|_| ts.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    Ok(Some(n.max(0) as usize))
}

fn str_mul(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let (s, n, left) = match (as_str(a), as_str(b)) {
        (Some(s), _) => (s, b, true),
        (None, Some(s)) => (s, a, false),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    let Some(n) = repeat_count(ts, n)? else {
        return crate::builtins::list::seq_mul_non_int(ts, a, b, left);
    };
    if s.len().checked_mul(n).is_none_or(|t| t > (1 << 40)) {
        return Err(ts.memory_error());
    }
    Ok(new_str(s.repeat(n)))
}

fn str_mod(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(fmt) = as_str(a) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    crate::builtins::format::percent_format(ts, fmt, b).map(new_str)
}

/// `encoding` and `errors` arguments of `str()`, `bytes()` and `bytearray()` must be str.
fn codec_arg_types(
    ts: &ThreadState,
    fname: &str,
    encoding: &Option<Value>,
    errors: &Option<Value>,
) -> PyResult<()> {
    for (name, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v.as_ref().filter(|v| as_str(v).is_none()) {
            return Err(ts.type_error(format!(
                "{fname}() argument '{name}' must be str, not {}",
                type_name(v)
            )));
        }
    }
    Ok(())
}

fn str_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let ([obj], []) = (args, kwnames) {
        if ty.is_same(&types().str) {
            // `str(x)`, by far the most common form.
            return p::str_(ts, obj);
        }
    }
    let [obj, encoding, errors] = parse_args(
        ts,
        "str",
        args,
        kwnames,
        ["object", "encoding", "errors"],
        0,
        3,
    )?;
    codec_arg_types(ts, "str", &encoding, &errors)?;
    let s = match obj {
        None => new_str(""),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                let b = bytes_like(ts, &o).map_err(|_| {
                    ts.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        type_name(&o)
                    ))
                })?;
                let (enc, errs) = codec_names(encoding.as_ref(), errors.as_ref());
                new_str(decode(ts, &b, &enc, &errs)?)
            } else {
                p::str_(ts, &o)?
            }
        }
    };
    if ty.is_same(&types().str) {
        return Ok(s);
    }
    Ok(alloc(ty, StrData::new(this(&s))).into_value())
}

fn str_join(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "join", a, k, 2, 2)?;
    let sep = this(&a[0]);
    let slots = type_data(type_of(&a[1])).slots();
    if slots.iter.is_none() && slots.getitem.is_none() {
        return Err(ts.type_error("can only join an iterable"));
    }
    let items = p::collect(ts, &a[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(x) {
            Some(s) => out.push_str(s),
            None => {
                return Err(ts.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    type_name(x)
                )))
            }
        }
    }
    Ok(new_str(out))
}

fn split_args(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    name: &str,
) -> PyResult<(Option<String>, i64)> {
    let [_, sep, maxsplit] = parse_args(ts, name, a, k, ["self", "sep", "maxsplit"], 1, 3)?;
    let sep = match sep {
        Some(s) if !s.is_none() => {
            let s = as_str(&s)
                .ok_or_else(|| {
                    ts.type_error(format!("must be str or None, not {}", type_name(&s)))
                })?
                .to_string();
            if s.is_empty() {
                return Err(ts.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let maxsplit = match maxsplit {
        Some(m) => p::index_i64(ts, &m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn str_split(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(ts, a, k, "split")?;
    let s = this(&a[0]);
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(str::to_string).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(str::to_string)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let ws = crate::object::str::is_space_char;
            let mut rest = s.trim_start_matches(ws);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(ws).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(ws);
            }
            out
        }
    };
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn str_rsplit(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(ts, a, k, "rsplit")?;
    let s = this(&a[0]);
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(str::to_string).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(str::to_string)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let ws = crate::object::str::is_space_char;
            let mut rest = s.trim_end_matches(ws);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(ws).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(ws);
            }
            out
        }
    };
    parts.reverse();
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn strip_impl(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    check_args(ts, name, a, k, 1, 2)?;
    let s = this(&a[0]);
    let chars: Option<Vec<char>> = match a.get(1) {
        Some(c) if !c.is_none() => Some(arg_str(ts, c)?.chars().collect()),
        _ => None,
    };
    let f = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => crate::object::str::is_space_char(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(f);
    }
    if right {
        r = r.trim_end_matches(f);
    }
    Ok(new_str(r))
}

fn str_replace(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::check_method_args(ts, "replace", a, k, 2, 3)?;
    let s = this(&a[0]);
    let old = arg_str(ts, &a[1])?;
    let new = arg_str(ts, &a[2])?;
    let count = match a.get(3) {
        Some(c) => p::index_i64(ts, c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(new_str(out));
        }
        return Ok(new_str(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(new_str(out));
    }
    Ok(new_str(s.replacen(old, new, count as usize)))
}

/// The `start`/`end` arguments of `find`, `count`, `startswith`, ... on a sequence of `n`
/// items, clamped as slice bounds (negative counts from the end, `end` capped at `n`; the
/// result may still have `start > n` or `end < start`).
pub(crate) fn search_bounds(
    ts: &ThreadState,
    n: i64,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(i64, i64)> {
    let norm = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            Some(x) if !x.is_none() => {
                let i = p::index(ts, x)
                    .map_err(|_| {
                        ts.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )
                    })
                    .map(|b| {
                        // Out-of-range bounds clamp like any bound past either end.
                        num_traits::ToPrimitive::to_i64(&b).unwrap_or(
                            if num_traits::Signed::is_negative(&b) {
                                i64::MIN
                            } else {
                                i64::MAX
                            },
                        )
                    })?;
                Ok(if i < 0 { i.saturating_add(n).max(0) } else { i })
            }
            _ => Ok(default),
        }
    };
    Ok((norm(start, 0)?, norm(end, n)?.min(n)))
}

/// Code point range `[start, end)` from optional slice-like arguments, as byte offsets.
fn char_range(
    ts: &ThreadState,
    d: &StrData,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let n = d.char_len as i64;
    let (a, b) = search_bounds(ts, n, start, end)?;
    if a > n || a > b {
        return Ok((usize::MAX, usize::MAX));
    }
    Ok((byte_at(d, a as usize), byte_at(d, b as usize)))
}

fn starts_ends(ts: &ThreadState, a: &[Value], k: &[Value], starts: bool) -> PyResult<Value> {
    let name = if starts { "startswith" } else { "endswith" };
    if a.len() < 2 {
        return Err(ts.type_error(format!(
            "{name}() takes at least 1 argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    check_args(ts, name, a, k, 2, 4)?;
    let d = as_str_data(&a[0]).ok_or_else(|| ts.type_error("str"))?;
    let (x, y) = char_range(ts, d, a.get(2), a.get(3))?;
    if x == usize::MAX {
        return Ok(Value::FALSE);
    }
    let s = &d.s[x..y];
    let test = |p_: &str| {
        if starts {
            s.starts_with(p_)
        } else {
            s.ends_with(p_)
        }
    };
    if let Some(items) = as_tuple(&a[1]) {
        for it in items {
            let pfx = as_str(it).ok_or_else(|| {
                ts.type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    type_name(it)
                ))
            })?;
            if test(pfx) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match as_str(&a[1]) {
        Some(pfx) => Ok(Value::from_bool(test(pfx))),
        None => Err(ts.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            type_name(&a[1])
        ))),
    }
}

fn find_impl(
    ts: &ThreadState,
    a: &[Value],
    k: &[Value],
    rev: bool,
    raise: bool,
) -> PyResult<Value> {
    let name = match (rev, raise) {
        (false, false) => "find",
        (true, false) => "rfind",
        (false, true) => "index",
        (true, true) => "rindex",
    };
    check_args(ts, name, a, k, 2, 4)?;
    let d = as_str_data(&a[0]).ok_or_else(|| ts.type_error("str"))?;
    let sub = arg_str(ts, &a[1])?;
    let (x, y) = char_range(ts, d, a.get(2), a.get(3))?;
    let found = if x == usize::MAX {
        None
    } else {
        let hay = &d.s[x..y];
        let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
        r.map(|b| d.s[..x + b].chars().count() as i64)
    };
    match found {
        Some(i) => Ok(int_from_i64(i)),
        None if raise => Err(ts.value_error("substring not found")),
        None => Ok(int_from_i64(-1)),
    }
}

fn str_count(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::check_method_args(ts, "count", a, k, 1, 3)?;
    let d = as_str_data(&a[0]).ok_or_else(|| ts.type_error("str"))?;
    let sub = arg_str(ts, &a[1])?;
    let (x, y) = char_range(ts, d, a.get(2), a.get(3))?;
    if x == usize::MAX {
        return Ok(int_from_i64(0));
    }
    let hay = &d.s[x..y];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(int_from_i64(n as i64))
}

fn pad(ts: &ThreadState, a: &[Value], k: &[Value], how: &str) -> PyResult<Value> {
    crate::call::check_method_args(ts, how, a, k, 1, 2)?;
    let s = this(&a[0]);
    let width = p::index_i64(ts, &a[1])?;
    let fill = match a.get(2) {
        Some(f) => {
            let fs = as_str(f).ok_or_else(|| {
                ts.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(f)
                ))
            })?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        ts.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(new_str(s));
    }
    let total = (width - n) as usize;
    let (left, right) = match how {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(new_str(format!(
        "{}{}{}",
        f.repeat(left),
        s,
        f.repeat(right)
    )))
}

fn str_zfill(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "zfill", a, k, 2, 2)?;
    let s = this(&a[0]);
    let width = p::index_i64(ts, &a[1])?;
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(new_str(s));
    }
    let zeros = "0".repeat((width - n) as usize);
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    Ok(new_str(format!("{sign}{zeros}{rest}")))
}

fn partition(ts: &ThreadState, a: &[Value], k: &[Value], rev: bool) -> PyResult<Value> {
    check_args(ts, if rev { "rpartition" } else { "partition" }, a, k, 2, 2)?;
    let s = this(&a[0]);
    let sep = arg_str(ts, &a[1])?;
    if sep.is_empty() {
        return Err(ts.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    Ok(new_tuple(parts.iter().map(|x| new_str(*x)).collect()))
}

fn str_splitlines(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, keep] = parse_args(ts, "splitlines", a, k, ["self", "keepends"], 1, 2)?;
    let keep = match keep {
        Some(x) => p::index_i64(ts, &x)? != 0,
        None => false,
    };
    let s = this(&a[0]);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.get(i + 1).is_some_and(|(_, n)| *n == '\n') {
                end += 1;
                i += 1;
            }
            out.push(new_str(if keep { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(new_list(out))
}

fn str_expandtabs(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, tabsize] = parse_args(ts, "expandtabs", a, k, ["self", "tabsize"], 1, 2)?;
    let ts_ = match tabsize {
        Some(t) => p::index_i64(ts, &t)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in this(&a[0]).chars() {
        match c {
            '\t' => {
                if ts_ > 0 {
                    let n = ts_ - col % ts_;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

fn str_maketrans(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = crate::object::containers::new_dict();
    let dd = crate::builtins::classes::payload::<crate::object::containers::DictData>(d.as_value());
    match a.len() {
        1 => {
            if crate::object::containers::as_dict(&a[0]).is_none() {
                return Err(
                    ts.type_error("if you give only one argument to maketrans it must be a dict")
                );
            }
            for (key, v) in crate::builtins::dict::mapping_items(ts, &a[0])? {
                let key =
                    match as_str(&key) {
                        Some(s) if s.chars().count() == 1 => {
                            int_from_i64(i64::from(s.chars().next().map_or(0, |c| c as u32)))
                        }
                        Some(_) => {
                            return Err(ts
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        None if crate::object::int::is_int(&key) => key,
                        None => {
                            return Err(ts
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                p::dict_set(ts, dd, key, v)?;
            }
        }
        2 | 3 => {
            let x: Vec<char> = arg_str(ts, &a[0])?.chars().collect();
            let y: Vec<char> = arg_str(ts, &a[1])?.chars().collect();
            if x.len() != y.len() {
                return Err(
                    ts.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c1, c2) in x.iter().zip(&y) {
                p::dict_set(
                    ts,
                    dd,
                    int_from_i64(i64::from(*c1 as u32)),
                    int_from_i64(i64::from(*c2 as u32)),
                )?;
            }
            if let Some(z) = a.get(2) {
                let z = as_str(z).ok_or_else(|| {
                    ts.type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        type_name(z)
                    ))
                })?;
                for c in z.chars() {
                    p::dict_set(ts, dd, int_from_i64(i64::from(c as u32)), Value::NONE)?;
                }
            }
        }
        _ => return Err(ts.type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(d.into_value())
}

fn str_translate(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "translate", a, k, 2, 2)?;
    let mut out = String::new();
    for c in this(&a[0]).chars() {
        match p::getitem(ts, &a[1], &int_from_i64(i64::from(c as u32))) {
            Ok(v) if v.is_none() => {}
            Ok(v) => {
                if let Some(s) = as_str(&v) {
                    out.push_str(s);
                } else if let Some(i) = as_i64(&v) {
                    out.push(char::from_u32(i as u32).ok_or_else(|| {
                        ts.value_error("character mapping must be in range(0x110000)")
                    })?);
                } else {
                    return Err(ts.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if p::is_instance_of(e.value(), &types().lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_str(out))
}

fn str_encode(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, encoding, errors] =
        parse_args(ts, "encode", a, k, ["self", "encoding", "errors"], 1, 3)?;
    for (n, v) in [("encoding", &encoding), ("errors", &errors)] {
        if let Some(v) = v.as_ref().filter(|v| as_str(v).is_none()) {
            return Err(ts.type_error(format!(
                "encode() argument '{n}' must be str, not {}",
                type_name(v)
            )));
        }
    }
    let (enc, errs) = codec_names(encoding.as_ref(), errors.as_ref());
    Ok(new_bytes(encode(ts, this(&a[0]), &enc, &errs)?))
}

/// The `encoding` and `errors` arguments of encode/decode/str()/bytes(), with
/// their defaults (`"utf-8"`, `"strict"`); non-str values fall back to the default.
fn codec_names(encoding: Option<&Value>, errors: Option<&Value>) -> (String, String) {
    let name = |v: Option<&Value>, default: &str| v.and_then(as_str).unwrap_or(default).to_string();
    (name(encoding, "utf-8"), name(errors, "strict"))
}

/// Normalises a codec name.
pub fn normalize_encoding(e: &str) -> String {
    e.to_ascii_lowercase().replace(['-', ' '], "_")
}

/// Encodes text with a codec (see `builtins/codecs.rs`).
pub fn encode(ts: &ThreadState, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    crate::builtins::codecs::encode_str(ts, s, enc, errors)
}

/// Decodes bytes with a codec (see `builtins/codecs.rs`).
pub fn decode(ts: &ThreadState, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    crate::builtins::codecs::decode_bytes(ts, b, enc, errors)
}

// ---- bytes ----------------------------------------------------------------------------

/// `repr` of bytes with the given prefix.
pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(prefix);
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The bytes of a bytes-like value (bytes, bytearray).
pub fn bytes_like(ts: &ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(ba) = v.as_obj().and_then(|o| o.downcast::<ByteArrayData>()) {
        return Ok(ba.0.get());
    }
    if let Some(b) = crate::builtins::memoryview::memoryview_bytes(v) {
        return Ok(b);
    }
    Err(ts.type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(v)
    )))
}

fn bytes_like_raw(v: &Value) -> Vec<u8> {
    if let Some(b) = as_bytes(v) {
        return b.to_vec();
    }
    v.as_obj()
        .and_then(|o| o.downcast::<ByteArrayData>())
        .map(|b| b.0.get())
        .unwrap_or_default()
}

fn bytes_richcompare(_: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let is_b =
        |v: &Value| as_bytes(v).is_some() || v.as_obj().is_some_and(|o| o.is::<ByteArrayData>());
    if !is_b(a) || !is_b(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(Value::from_bool(
        op.test(bytes_like_raw(a).cmp(&bytes_like_raw(b))),
    ))
}

fn bytes_getitem(ts: &ThreadState, v: &Value, k: &Value) -> PyResult<Value> {
    let b = bytes_like_raw(v);
    let is_array = v.as_obj().is_some_and(|o| o.is::<ByteArrayData>());
    if let Some(sl) = k.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let SliceIndices {
            start, step, len, ..
        } = slice_indices(ts, sl, b.len())?;
        let mut out = Vec::with_capacity(len);
        let mut i = start;
        for _ in 0..len {
            out.push(b[i as usize]);
            i += step;
        }
        return Ok(if is_array {
            new_bytearray(out)
        } else {
            new_bytes(out)
        });
    }
    let i = p::seq_index(ts, k, if is_array { "bytearray" } else { "byte" })?;
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(ts.index_error(if is_array {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(int_from_i64(i64::from(b[j as usize])))
}

fn bytes_contains(ts: &ThreadState, v: &Value, x: &Value) -> PyResult<bool> {
    let b = bytes_like_raw(v);
    if let Some(i) = as_i64(x) {
        if !(0..256).contains(&i) {
            return Err(ts.value_error("byte must be in range(0, 256)"));
        }
        return Ok(b.contains(&(i as u8)));
    }
    let sub = bytes_like(ts, x)?;
    Ok(find_bytes(&b, &sub).is_some())
}

fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn bytes_add(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let Ok(mut x) = bytes_like(ts, a) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let Ok(y) = bytes_like(ts, b) else {
        // A Python class may still add itself (`__radd__`); builtins cannot.
        if crate::slots::is_heap_type(type_of(b)) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        return Err(ts.type_error(format!("can't concat {} to {}", type_name(b), type_name(a))));
    };
    x.extend(y);
    // The left operand decides: bytearray + bytes is a bytearray.
    if a.as_obj().is_some_and(|o| o.is::<ByteArrayData>()) {
        return Ok(new_bytearray(x));
    }
    Ok(new_bytes(x))
}

/// `bytes.strip([chars])` and its one-sided forms; `None` or no argument
/// strips ASCII whitespace.
fn bytes_strip(ts: &ThreadState, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = bytes_like_raw(&a[0]);
    let chars: Option<Vec<u8>> = match a.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(bytes_like(ts, v)?),
    };
    let strip = |b: &u8| match &chars {
        None => b.is_ascii_whitespace() || *b == 0x0b,
        Some(c) => c.contains(b),
    };
    let mut lo = 0;
    let mut hi = s.len();
    if left {
        while lo < hi && strip(&s[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(&s[hi - 1]) {
            hi -= 1;
        }
    }
    let out = s.get(lo..hi).unwrap_or_default().to_vec();
    Ok(if bytearray_data(&a[0]).is_some() {
        new_bytearray(out)
    } else {
        new_bytes(out)
    })
}

/// `bytes % values` / `bytearray % values`; the result has the left operand's type.
fn bytes_mod(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(fmt) = as_bytes(a) {
        let fmt = fmt.to_vec();
        return crate::builtins::format::percent_format_bytes(ts, &fmt, b).map(new_bytes);
    }
    if bytearray_data(a).is_some() {
        let fmt = bytes_like_raw(a);
        return crate::builtins::format::percent_format_bytes(ts, &fmt, b).map(new_bytearray);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn bytes_mul(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, n, left) = match (as_bytes(a), as_bytes(b)) {
        (Some(x), _) => (x.to_vec(), b, true),
        (None, Some(x)) => (x.to_vec(), a, false),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    let Some(n) = repeat_count(ts, n)? else {
        return crate::builtins::list::seq_mul_non_int(ts, a, b, left);
    };
    Ok(new_bytes(x.repeat(n)))
}

/// `n` zero bytes, or MemoryError when they cannot be allocated.
fn zeroed_bytes(ts: &ThreadState, n: i64) -> PyResult<Vec<u8>> {
    let n = usize::try_from(n).map_err(|_| ts.memory_error())?;
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| ts.memory_error())?;
    v.resize(n, 0);
    Ok(v)
}

/// `bytes(x)` / `bytearray(x)` contents.
pub fn bytes_from_value(ts: &ThreadState, x: &Value, kw: &[Value]) -> PyResult<Vec<u8>> {
    let _ = kw;
    bytes_from_object(ts, x, "bytearray")
}

/// The contents `bytes(x)` / `bytearray(x)` (`kind`) make from a non-str source: a buffer's
/// bytes, `n` zero bytes for an integer, or the items of an iterable of small ints.
pub fn bytes_from_object(ts: &ThreadState, x: &Value, kind: &str) -> PyResult<Vec<u8>> {
    if as_str(x).is_some() {
        return Err(ts.type_error("string argument without an encoding"));
    }
    if let Ok(b) = bytes_like(ts, x) {
        return Ok(b);
    }
    if crate::object::int::is_int(x) || type_data(type_of(x)).slots().index.is_some() {
        let n = p::index_i64(ts, x)?;
        if n < 0 {
            return Err(ts.value_error("negative count"));
        }
        return zeroed_bytes(ts, n);
    }
    if type_data(type_of(x)).slots().iter.is_none()
        && type_data(type_of(x)).slots().getitem.is_none()
    {
        return Err(ts.type_error(format!(
            "cannot convert '{}' object to {kind}",
            type_name(x)
        )));
    }
    let slots = *type_data(type_of(x)).slots();
    if slots.index.is_some() {
        let n = p::index_i64(ts, x)?;
        if n < 0 {
            return Err(ts.value_error("negative count"));
        }
        return zeroed_bytes(ts, n);
    }
    if slots.iter.is_none() && slots.getitem.is_none() {
        return Err(ts.type_error(format!("cannot convert '{}' object to bytes", type_name(x))));
    }
    let items = p::collect(ts, x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let b = p::index_i64(ts, &it)?;
        if !(0..256).contains(&b) {
            return Err(ts.value_error(if kind == "bytes" {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            }));
        }
        out.push(b as u8);
    }
    Ok(out)
}

fn bytes_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [src, encoding, errors] = parse_args(
        ts,
        "bytes",
        args,
        kwnames,
        ["source", "encoding", "errors"],
        0,
        3,
    )?;
    codec_arg_types(ts, "bytes", &encoding, &errors)?;
    let data = match src {
        None if encoding.is_some() => {
            return Err(ts.type_error("encoding without a string argument"))
        }
        None if errors.is_some() => return Err(ts.type_error("errors without a string argument")),
        None => Vec::new(),
        Some(s) if as_str(&s).is_none() && encoding.is_some() => {
            return Err(ts.type_error("encoding without a string argument"))
        }
        Some(s) => match (as_str(&s), encoding) {
            (Some(text), Some(e)) => {
                let (enc, errs) = codec_names(Some(&e), errors.as_ref());
                encode(ts, text, &enc, &errs)?
            }
            (Some(_), None) => return Err(ts.type_error("string argument without an encoding")),
            _ => {
                if let Some(b) = p::lookup_special(ts, &s, "__bytes__")? {
                    let r = p::call(ts, &b, &[], &[])?;
                    match r.as_obj().and_then(|o| o.downcast::<BytesData>()) {
                        Some(d) => d.0.to_vec(),
                        None => {
                            return Err(ts.type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                type_name(&r)
                            )))
                        }
                    }
                } else {
                    bytes_from_object(ts, &s, "bytes")?
                }
            }
        },
    };
    Ok(alloc(ty, BytesData(data.into_boxed_slice())).into_value())
}

fn bytes_decode(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, encoding, errors] =
        parse_args(ts, "decode", a, k, ["self", "encoding", "errors"], 1, 3)?;
    let (enc, errs) = codec_names(encoding.as_ref(), errors.as_ref());
    Ok(new_str(decode(ts, &bytes_like_raw(&a[0]), &enc, &errs)?))
}

fn bytes_join(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "join", a, k, 2, 2)?;
    let into_bytearray = a[0].as_obj().is_some_and(|o| o.is::<ByteArrayData>());
    let sep = bytes_like_raw(&a[0]);
    let items = p::collect(ts, &a[1])?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes_like(ts, x).map_err(|_| {
            ts.type_error(format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                type_name(x)
            ))
        })?);
    }
    Ok(if into_bytearray {
        new_bytearray(out)
    } else {
        new_bytes(out)
    })
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of `from` to `to`'s.
fn bytes_maketrans(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "maketrans", a, k, 2, 2)?;
    let from = bytes_like(ts, &a[0])?;
    let to = bytes_like(ts, &a[1])?;
    if from.len() != to.len() {
        return Err(ts.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn bytes_fromhex(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::check_method_args(ts, "fromhex", a, k, 1, 1)?;
    let out = fromhex_bytes(ts, &a[1])?;
    let cls = &a[0];
    if cls.as_obj().is_some_and(|o| o.is_same(&types().bytes)) {
        return Ok(new_bytes(out));
    }
    p::call(ts, cls, &[new_bytes(out)], &[])
}

/// Parses `fromhex()` text: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn fromhex_bytes(ts: &ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    let s = as_str(v).ok_or_else(|| {
        ts.type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(v)
        ))
    })?;
    let chars: Vec<char> = s.chars().collect();
    let bad = |i: usize| {
        ts.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// Refuses to resize a bytearray while memoryviews export its buffer.
fn resize_guard(ts: &ThreadState, v: &Value) -> PyResult<()> {
    if bytearray_data(v).is_some_and(|b| b.1.get() > 0) {
        let ty = crate::builtins::exceptions::exception_type("BufferError")
            .unwrap_or_else(|| types().runtime_error.clone());
        return Err(ts.new_error(&ty, "Existing exports of data: object cannot be re-sized"));
    }
    Ok(())
}

fn bytearray_data(v: &Value) -> Option<&ByteArrayData> {
    v.as_obj().and_then(|o| o.downcast::<ByteArrayData>())
}

fn bytearray_setitem(ts: &ThreadState, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(ba) = bytearray_data(v) else {
        return Ok(());
    };
    if let Some(sl) = k.as_obj().and_then(|o| o.downcast::<SliceData>()) {
        let n = ba.0.with(Vec::len);
        let si = slice_indices(ts, sl, n)?;
        let new = match &x {
            Some(val) if as_str(val).is_some() || crate::object::int::is_int(val) => {
                return Err(ts.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            Some(val) => Some(bytes_from_value(ts, val, &[])?),
            None => None,
        };
        if si.step == 1 {
            let start = si.start.max(0) as usize;
            let stop = si.stop.max(si.start).max(0) as usize;
            if new.as_ref().map_or(0, Vec::len) != stop.saturating_sub(start) {
                resize_guard(ts, v)?;
            }
            ba.0.with_mut(|d| {
                let stop = stop.min(d.len());
                let start = start.min(stop);
                d.splice(start..stop, new.unwrap_or_default());
            });
            return Ok(());
        }
        let idx: Vec<usize> = (0..si.len as i64)
            .map(|i| (si.start + i * si.step) as usize)
            .collect();
        match new {
            None => {
                if !idx.is_empty() {
                    resize_guard(ts, v)?;
                }
                let mut sorted = idx;
                sorted.sort_unstable();
                ba.0.with_mut(|d| {
                    for j in sorted.into_iter().rev() {
                        if j < d.len() {
                            d.remove(j);
                        }
                    }
                });
            }
            Some(bytes) => {
                if bytes.len() != idx.len() {
                    return Err(ts.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        bytes.len(),
                        idx.len()
                    )));
                }
                ba.0.with_mut(|d| {
                    for (j, b) in idx.into_iter().zip(bytes) {
                        if j < d.len() {
                            d[j] = b;
                        }
                    }
                });
            }
        }
        return Ok(());
    }
    let i = p::seq_index(ts, k, "bytearray")?;
    if x.is_none() {
        resize_guard(ts, v)?;
    }
    let r = match x {
        None => ba.0.with_mut(|d| {
            let n = d.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                d.remove(j as usize);
                Ok(())
            } else {
                Err(())
            }
        }),
        Some(x) => {
            let b = as_i64(&x)
                .filter(|b| (0..256).contains(b))
                .ok_or_else(|| ts.value_error("byte must be in range(0, 256)"))?;
            ba.0.with_mut(|d| {
                let n = d.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if (0..n).contains(&j) {
                    d[j as usize] = b as u8;
                    Ok(())
                } else {
                    Err(())
                }
            })
        }
    };
    r.map_err(|()| ts.index_error("bytearray index out of range"))
}

/// `bytes.find(sub[, start[, end]])` and `bytearray.find`: `sub` may be an int.
fn bytes_find(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::check_method_args(ts, "find", a, k, 1, 3)?;
    let s = bytes_like_raw(&a[0]);
    let x = if crate::object::int::is_int(&a[1]) {
        vec![byte_arg(ts, &a[1])?]
    } else {
        bytes_like(ts, &a[1])?
    };
    let n = s.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v.filter(|v| !v.is_none()) {
            None => Ok(default),
            Some(v) => {
                let i = p::index_i64(ts, v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
        }
    };
    let start = bound(a.get(2), 0)?;
    let end = bound(a.get(3), n)?.min(n);
    if start > n || start > end {
        return Ok(int_from_i64(-1));
    }
    let part = s.get(start as usize..end as usize).unwrap_or(&[]);
    Ok(int_from_i64(
        find_bytes(part, &x).map_or(-1, |i| i as i64 + start),
    ))
}

/// `bytes.translate(table, delete=b'')` (and bytearray's, which returns a bytearray).
fn bytes_translate(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, table, delete] = parse_args(ts, "translate", a, k, ["self", "table", "delete"], 2, 3)?;
    let s = bytes_like_raw(&a[0]);
    let table = match table.filter(|t| !t.is_none()) {
        Some(t) => {
            let t = bytes_like(ts, &t)?;
            if t.len() != 256 {
                return Err(ts.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        None => None,
    };
    let delete = match delete {
        Some(d) => bytes_like(ts, &d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = s
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t.get(usize::from(b)).copied().unwrap_or(b),
            None => b,
        })
        .collect();
    Ok(if bytearray_data(&a[0]).is_some() {
        new_bytearray(out)
    } else {
        new_bytes(out)
    })
}

fn byte_arg(ts: &ThreadState, v: &Value) -> PyResult<u8> {
    let i = p::index_i64(ts, v)?;
    if !(0..256).contains(&i) {
        return Err(ts.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// Extra mutating methods of bytearray.
pub fn init_bytearray_methods() {
    let t = types();
    add_methods(
        &t.bytearray,
        &[
            ("reverse", |_, a, _| {
                if let Some(ba) = bytearray_data(&a[0]) {
                    ba.0.with_mut(|d| d.reverse());
                }
                Ok(Value::NONE)
            }),
            ("clear", |ts, a, _| {
                resize_guard(ts, &a[0])?;
                if let Some(ba) = bytearray_data(&a[0]) {
                    ba.0.with_mut(Vec::clear);
                }
                Ok(Value::NONE)
            }),
            ("copy", |_, a, _| Ok(new_bytearray(bytes_like_raw(&a[0])))),
            ("pop", |ts, a, k| {
                crate::call::check_method_args(ts, "pop", a, k, 0, 1)?;
                resize_guard(ts, &a[0])?;
                let i = match a.get(1) {
                    Some(x) => p::index_i64(ts, x)?,
                    None => -1,
                };
                let Some(ba) = bytearray_data(&a[0]) else {
                    return Ok(Value::NONE);
                };
                let r = ba.0.with_mut(|d| {
                    if d.is_empty() {
                        return Err(true);
                    }
                    let n = d.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if !(0..n).contains(&j) {
                        return Err(false);
                    }
                    Ok(d.remove(j as usize))
                });
                match r {
                    Ok(b) => Ok(int_from_i64(i64::from(b))),
                    Err(true) => Err(ts.index_error("pop from empty bytearray")),
                    Err(false) => Err(ts.index_error("pop index out of range")),
                }
            }),
            ("insert", |ts, a, k| {
                check_args(ts, "insert", a, k, 3, 3)?;
                resize_guard(ts, &a[0])?;
                let i = p::index_i64(ts, &a[1])?;
                let b = byte_arg(ts, &a[2])?;
                if let Some(ba) = bytearray_data(&a[0]) {
                    ba.0.with_mut(|d| {
                        let n = d.len() as i64;
                        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
                        d.insert(j as usize, b);
                    });
                }
                Ok(Value::NONE)
            }),
            ("remove", |ts, a, k| {
                check_args(ts, "remove", a, k, 2, 2)?;
                resize_guard(ts, &a[0])?;
                let b = byte_arg(ts, &a[1])?;
                let Some(ba) = bytearray_data(&a[0]) else {
                    return Ok(Value::NONE);
                };
                let found = ba.0.with_mut(|d| match d.iter().position(|x| *x == b) {
                    Some(i) => {
                        d.remove(i);
                        true
                    }
                    None => false,
                });
                if found {
                    Ok(Value::NONE)
                } else {
                    Err(ts.value_error("value not found in bytearray"))
                }
            }),
            ("find", bytes_find),
            ("count", |ts, a, _| {
                check_args(ts, "count", a, &[], 2, 2)?;
                let s = bytes_like_raw(&a[0]);
                let x = bytes_like(ts, &a[1])?;
                let n = if x.is_empty() {
                    s.len() + 1
                } else {
                    s.windows(x.len()).filter(|w| *w == &x[..]).count()
                };
                Ok(int_from_i64(n as i64))
            }),
            ("upper", |_, a, _| {
                Ok(new_bytearray(bytes_like_raw(&a[0]).to_ascii_uppercase()))
            }),
            ("lower", |_, a, _| {
                Ok(new_bytearray(bytes_like_raw(&a[0]).to_ascii_lowercase()))
            }),
        ],
    );
    crate::types::add_class_methods(
        &t.bytearray,
        &[("fromhex", |ts, a, k| {
            crate::call::check_method_args(ts, "fromhex", a, k, 1, 1)?;
            let out = new_bytearray(fromhex_bytes(ts, &a[1])?);
            if a[0].as_obj().is_some_and(|o| o.is_same(&types().bytearray)) {
                return Ok(out);
            }
            p::call(ts, &a[0], &[out], &[])
        })],
        false,
    );
}
