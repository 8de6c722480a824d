//! `dict`, its views and `mappingproxy`: slots (insertion-ordered iteration, `__missing__`
//! for subclasses, `|`), methods, and helpers to read any mapping. See
//! docs/design/object-model.md.

use crate::builtins::classes::{payload, set_slots};
use crate::call::{check_args, parse_args, split_kwargs};
use crate::object::containers::{as_dict, as_list, as_tuple, new_tuple, DictData};
use crate::object::int::int_from_i64;
use crate::object::iter::{DictViewData, MappingProxyData, ViewKind};
use crate::object::str::{as_str, new_str};
use crate::object::table::Table;
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the dict and view types.
pub fn init() {
    let t = types();
    set_slots(&t.dict, |s| {
        s.repr = Some(dict_repr);
        s.richcompare = Some(dict_richcompare);
        s.len = Some(|_, v| Ok(data(v).0.with(Table::len)));
        s.getitem = Some(dict_getitem);
        s.setitem = Some(|ts, v, k, x| match x {
            Some(x) => p::dict_set(ts, data(v), k.clone(), x),
            None => match p::dict_del(ts, data(v), k)? {
                Some(_) => Ok(()),
                None => Err(ts.key_error(k.clone())),
            },
        });
        s.contains = Some(|ts, v, k| Ok(p::dict_get(ts, data(v), k)?.is_some()));
        s.iter = Some(|_, v| Ok(dict_iter(v, ViewKind::Keys)));
        s.new = Some(|_, ty, _, _| Ok(alloc(ty, DictData(PyCell::new(Table::new()))).into_value()));
        s.init = Some(|ts, v, a, k| dict_update_impl(ts, v, a, k, "dict"));
        s.nb[7] = Some(|ts, a, b| {
            if as_dict(a).is_none() || as_dict(b).is_none() {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let d = copy_of(a);
            dict_update_from(ts, &d, b)?;
            Ok(d)
        });
        s.nb_inplace[7] = Some(|ts, a, b| {
            dict_update_from(ts, a, b)?;
            Ok(a.clone())
        });
    });
    add_methods(
        &t.dict,
        &[
            ("get", |ts, a, k| {
                crate::call::check_method_args(ts, "get", a, k, 1, 2)?;
                Ok(p::dict_get(ts, data(&a[0]), &a[1])?
                    .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::NONE)))
            }),
            ("setdefault", |ts, a, k| {
                check_args(ts, "setdefault", a, k, 2, 3)?;
                if let Some(v) = p::dict_get(ts, data(&a[0]), &a[1])? {
                    return Ok(v);
                }
                let d = a.get(2).cloned().unwrap_or(Value::NONE);
                p::dict_set(ts, data(&a[0]), a[1].clone(), d.clone())?;
                Ok(d)
            }),
            ("pop", |ts, a, k| {
                crate::call::check_method_args(ts, "pop", a, k, 1, 2)?;
                match p::dict_del(ts, data(&a[0]), &a[1])? {
                    Some(v) => Ok(v),
                    None => a.get(2).cloned().ok_or_else(|| ts.key_error(a[1].clone())),
                }
            }),
            ("popitem", |ts, a, k| {
                check_args(ts, "popitem", a, k, 1, 1)?;
                let e = data(&a[0]).0.with_mut(|t| {
                    let pos = (0..t.positions()).rev().find(|i| t.entry_at(*i).is_some());
                    pos.and_then(|i| t.remove_at(i))
                });
                match e {
                    Some(e) => Ok(new_tuple(vec![e.key, e.value])),
                    None => Err(ts
                        .key_error(new_str("popitem(): dictionary is empty"))
                        .with_message(ts, "'popitem(): dictionary is empty'")),
                }
            }),
            ("update", |ts, a, k| {
                dict_update_impl(ts, &a[0], &a[1..], k, "update")?;
                Ok(Value::NONE)
            }),
            ("keys", |_, a, _| Ok(new_view(&a[0], ViewKind::Keys))),
            ("values", |_, a, _| Ok(new_view(&a[0], ViewKind::Values))),
            ("items", |_, a, _| Ok(new_view(&a[0], ViewKind::Items))),
            ("copy", |_, a, _| Ok(copy_of(&a[0]))),
            ("clear", |_, a, _| {
                let old = data(&a[0]).0.with_mut(Table::take_all);
                drop(old);
                Ok(Value::NONE)
            }),
            ("__getitem__", |ts, a, _| dict_getitem(ts, &a[0], &a[1])),
            ("__setitem__", |ts, a, _| {
                p::dict_set(ts, data(&a[0]), a[1].clone(), a[2].clone()).map(|()| Value::NONE)
            }),
            ("__delitem__", |ts, a, _| {
                match p::dict_del(ts, data(&a[0]), &a[1])? {
                    Some(_) => Ok(Value::NONE),
                    None => Err(ts.key_error(a[1].clone())),
                }
            }),
            ("__contains__", |ts, a, _| {
                Ok(Value::from_bool(
                    p::dict_get(ts, data(&a[0]), &a[1])?.is_some(),
                ))
            }),
            ("__len__", |_, a, _| {
                Ok(int_from_i64(data(&a[0]).0.with(Table::len) as i64))
            }),
            ("__iter__", |_, a, _| Ok(dict_iter(&a[0], ViewKind::Keys))),
            ("__reversed__", |ts, a, k| {
                crate::builtins::list::meth_args(ts, "dict.__reversed__", a, k, 0, 0)?;
                Ok(dict_reverse_iter(&a[0], ViewKind::Keys))
            }),
            ("__repr__", |ts, a, _| dict_repr(ts, &a[0])),
            ("__eq__", |ts, a, _| {
                dict_richcompare(ts, &a[0], &a[1], CompareOp::Eq)
            }),
            ("__or__", |ts, a, _| {
                if as_dict(&a[1]).is_none() {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                let d = copy_of(&a[0]);
                dict_update_from(ts, &d, &a[1])?;
                Ok(d)
            }),
            ("__ior__", |ts, a, k| {
                crate::call::check_method_args(ts, "__ior__", a, k, 1, 1)?;
                dict_update_from(ts, &a[0], &a[1])?;
                Ok(a[0].clone())
            }),
        ],
    );
    crate::types::add_class_methods(&t.dict, &[("fromkeys", dict_fromkeys)], false);
    crate::types::dict_set_str(&type_data(&t.dict).dict, "__hash__", Value::NONE);
    for (ty, kind) in [
        (&t.dict_keys, ViewKind::Keys),
        (&t.dict_values, ViewKind::Values),
        (&t.dict_items, ViewKind::Items),
    ] {
        set_slots(ty, |s| {
            s.len = Some(|_, v| Ok(data(&payload::<DictViewData>(v).dict).0.with(Table::len)));
            s.iter = Some(|_, v| {
                let vd = payload::<DictViewData>(v);
                Ok(dict_iter(&vd.dict, vd.kind))
            });
            s.repr = Some(view_repr);
            s.contains = Some(view_contains);
            s.richcompare = Some(view_richcompare);
            if kind != ViewKind::Values {
                s.nb[1] = Some(|ts, a, b| view_setop(ts, a, b, "&"));
                s.nb[7] = Some(|ts, a, b| view_setop(ts, a, b, "|"));
                s.nb[10] = Some(|ts, a, b| view_setop(ts, a, b, "-"));
                s.nb[12] = Some(|ts, a, b| view_setop(ts, a, b, "^"));
                s.hash = None;
            }
        });
        if kind != ViewKind::Values {
            crate::types::dict_set_str(&type_data(ty).dict, "__hash__", Value::NONE);
        }
        add_methods(
            ty,
            &[("__reversed__", |ts, a, k| {
                crate::builtins::list::meth_args(ts, "dict_view.__reversed__", a, k, 0, 0)?;
                let vd = payload::<DictViewData>(&a[0]);
                Ok(dict_reverse_iter(&vd.dict, vd.kind))
            })],
        );
        crate::types::add_getsets(
            ty,
            &[(
                "mapping",
                |_, v| Ok(new_mappingproxy(payload::<DictViewData>(v).dict.clone())),
                None,
            )],
        );
        add_methods(
            ty,
            &[("isdisjoint", |ts, a, _| {
                let x = p::collect(ts, &a[0])?;
                for it in x {
                    if p::contains(ts, &a[1], &it)? {
                        return Ok(Value::FALSE);
                    }
                }
                Ok(Value::TRUE)
            })],
        );
    }
    set_slots(&t.mappingproxy, |s| {
        s.new = Some(|ts, _, a, k| {
            if a.is_empty() {
                return Err(
                    ts.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")
                );
            }
            let [mapping] = parse_args(ts, "mappingproxy", a, k, ["mapping"], 1, 1)?;
            let mapping = mapping.unwrap_or(Value::NONE);
            let t = types();
            let is_seq = [&t.list, &t.tuple]
                .iter()
                .any(|ty| p::is_instance_of(&mapping, ty));
            if is_seq || p::getattr_opt(ts, &mapping, "__getitem__")?.is_none() {
                return Err(ts.type_error(format!(
                    "mappingproxy() argument must be a mapping, not {}",
                    type_name(&mapping)
                )));
            }
            Ok(new_mappingproxy(mapping))
        });
        s.getitem = Some(|ts, v, k| p::getitem(ts, &payload::<MappingProxyData>(v).mapping, k));
        s.len = Some(|ts, v| p::len(ts, &payload::<MappingProxyData>(v).mapping));
        s.iter = Some(|ts, v| p::get_iter(ts, &payload::<MappingProxyData>(v).mapping));
        s.contains = Some(|ts, v, k| p::contains(ts, &payload::<MappingProxyData>(v).mapping, k));
        s.str = Some(|ts, v| p::str_(ts, &payload::<MappingProxyData>(v).mapping));
        s.richcompare =
            Some(|ts, a, b, op| p::richcompare(ts, &payload::<MappingProxyData>(a).mapping, b, op));
        // `proxy | other` and `other | proxy` work on the underlying mapping.
        s.nb[7] = Some(|ts, a, b| {
            let unwrap = |v: &Value| match v.as_obj().and_then(|o| o.downcast::<MappingProxyData>())
            {
                Some(m) => m.mapping.clone(),
                None => v.clone(),
            };
            p::binary_op1(ts, &unwrap(a), &unwrap(b), 7)
        });
        s.hash = None;
        s.repr = Some(|ts, v| {
            Ok(new_str(format!(
                "mappingproxy({})",
                p::repr_string(ts, &payload::<MappingProxyData>(v).mapping)?
            )))
        });
    });
    add_methods(
        &t.mappingproxy,
        &[
            ("keys", |ts, a, _| {
                p::call_method(ts, &payload::<MappingProxyData>(&a[0]).mapping, "keys", &[])
            }),
            ("values", |ts, a, _| {
                p::call_method(
                    ts,
                    &payload::<MappingProxyData>(&a[0]).mapping,
                    "values",
                    &[],
                )
            }),
            ("items", |ts, a, _| {
                p::call_method(
                    ts,
                    &payload::<MappingProxyData>(&a[0]).mapping,
                    "items",
                    &[],
                )
            }),
            ("get", |ts, a, _| {
                let m = &payload::<MappingProxyData>(&a[0]).mapping;
                let mut args = a[1..].to_vec();
                if args.len() == 1 {
                    args.push(Value::NONE);
                }
                p::call_method(ts, m, "get", &args)
            }),
            ("copy", |ts, a, _| {
                p::call_method(ts, &payload::<MappingProxyData>(&a[0]).mapping, "copy", &[])
            }),
            ("__reversed__", |ts, a, _| {
                let m = payload::<MappingProxyData>(&a[0]).mapping.clone();
                p::call(ts, &types().reversed.clone().into_value(), &[m], &[])
            }),
        ],
    );
    crate::types::dict_set_str(&type_data(&t.mappingproxy).dict, "__hash__", Value::NONE);
}

trait WithMessage {
    fn with_message(self, ts: &ThreadState, msg: &str) -> Self;
}

impl WithMessage for crate::PyErr {
    fn with_message(self, _ts: &ThreadState, _msg: &str) -> Self {
        self
    }
}

fn data(v: &Value) -> &DictData {
    payload::<DictData>(v)
}

/// A new mappingproxy over `mapping`.
pub fn new_mappingproxy(mapping: Value) -> Value {
    alloc(&types().mappingproxy, MappingProxyData { mapping }).into_value()
}

fn new_view(d: &Value, kind: ViewKind) -> Value {
    let t = types();
    let ty = match kind {
        ViewKind::Keys => &t.dict_keys,
        ViewKind::Values => &t.dict_values,
        ViewKind::Items => &t.dict_items,
    };
    alloc(
        ty,
        DictViewData {
            dict: d.clone(),
            kind,
        },
    )
    .into_value()
}

fn copy_of(v: &Value) -> Value {
    let t = data(v).0.with(Table::clone_table);
    alloc(&types().dict, DictData(PyCell::new(t))).into_value()
}

/// Iterates a dict's keys, values or items, raising if it changes size during iteration.
/// `reversed(d)` / `reversed(d.keys())` etc.: walks the entries backwards.
fn dict_reverse_iter(d: &Value, kind: ViewKind) -> Value {
    let t = types();
    let ty = match kind {
        ViewKind::Keys => &t.dict_keyiterator,
        ViewKind::Values => &t.dict_valueiterator,
        ViewKind::Items => &t.dict_itemiterator,
    };
    let d = d.clone();
    let mut pos = data(&d).0.with(Table::positions);
    let start_len = data(&d).0.with(Table::len);
    crate::object::iter::new_native_iter(
        ty,
        Box::new(move |ts| {
            let (len, item) = data(&d).0.with(|t| {
                let mut item = None;
                while pos > 0 {
                    pos -= 1;
                    if let Some(e) = t.entry_at(pos) {
                        item = Some(match kind {
                            ViewKind::Keys => e.key.clone(),
                            ViewKind::Values => e.value.clone(),
                            ViewKind::Items => new_tuple(vec![e.key.clone(), e.value.clone()]),
                        });
                        break;
                    }
                }
                (t.len(), item)
            });
            if len != start_len {
                pos = 0;
                drop(item);
                return Err(ts.runtime_error("dictionary changed size during iteration"));
            }
            Ok(item)
        }),
    )
}

pub fn dict_iter(d: &Value, kind: ViewKind) -> Value {
    let t = types();
    let ty = match kind {
        ViewKind::Keys => &t.dict_keyiterator,
        ViewKind::Values => &t.dict_valueiterator,
        ViewKind::Items => &t.dict_itemiterator,
    };
    let d = d.clone();
    let mut pos = 0usize;
    let start_len = data(&d).0.with(Table::len);
    let mut seen = 0usize;
    crate::object::iter::new_native_iter(
        ty,
        Box::new(move |ts| {
            let dd = data(&d);
            let (len, item) = dd.0.with(|t| {
                let mut item = None;
                while pos < t.positions() {
                    let e = t.entry_at(pos);
                    pos += 1;
                    if let Some(e) = e {
                        item = Some(match kind {
                            ViewKind::Keys => e.key.clone(),
                            ViewKind::Values => e.value.clone(),
                            ViewKind::Items => new_tuple(vec![e.key.clone(), e.value.clone()]),
                        });
                        break;
                    }
                }
                (t.len(), item)
            });
            if len != start_len {
                pos = usize::MAX / 2;
                return Err(ts.runtime_error("dictionary changed size during iteration"));
            }
            if item.is_some() {
                seen += 1;
            } else if seen != len {
                return Err(ts.runtime_error("dictionary keys changed during iteration"));
            }
            Ok(item)
        }),
    )
}

fn dict_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let id = v.bits();
    if ts.repr_stack.borrow().contains(&id) {
        return Ok(new_str("{...}"));
    }
    let items: Vec<(Value, Value)> = data(v)
        .0
        .with(|t| t.iter().map(|e| (e.key.clone(), e.value.clone())).collect());
    ts.repr_stack.borrow_mut().push(id);
    let r = (|| {
        let mut out = String::from("{");
        for (i, (k, x)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&p::repr_string(ts, k)?);
            out.push_str(": ");
            out.push_str(&p::repr_string(ts, x)?);
        }
        out.push('}');
        Ok(new_str(out))
    })();
    ts.repr_stack.borrow_mut().retain(|x| *x != id);
    r
}

fn dict_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let eq = (|| {
        if x.0.with(Table::len) != y.0.with(Table::len) {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> =
            x.0.with(|t| t.iter().map(|e| (e.key.clone(), e.value.clone())).collect());
        for (k, v) in items {
            match p::dict_get(ts, y, &k)? {
                Some(w) => {
                    if !p::eq(ts, &v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    })()?;
    Ok(Value::from_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn dict_getitem(ts: &ThreadState, v: &Value, k: &Value) -> PyResult<Value> {
    if let Some(x) = p::dict_get(ts, data(v), k)? {
        return Ok(x);
    }
    if !type_of(v).is_same(&types().dict) {
        if let Some(r) = p::call_special(ts, v, "__missing__", std::slice::from_ref(k))? {
            return Ok(r);
        }
    }
    Err(ts.key_error(k.clone()))
}

/// `(key, value)` pairs of any mapping (dicts directly, else `keys()` + `__getitem__`).
pub fn mapping_items(ts: &ThreadState, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(d) = as_dict(m) {
        // CPython's dict_merge: a dict subclass is read directly unless it overrides
        // `__iter__` (an overridden `keys` or `__getitem__` is not consulted).
        let ty = type_of(m);
        let own_iter = || {
            let dict_iter = p::type_lookup(&types().dict, "__iter__");
            match (p::type_lookup(ty, "__iter__"), dict_iter) {
                (Some(a), Some(b)) => a.is(&b),
                _ => false,
            }
        };
        if ty.is_same(&types().dict) || own_iter() {
            return Ok(d
                .0
                .with(|t| t.iter().map(|e| (e.key.clone(), e.value.clone())).collect()));
        }
    }
    let keys = p::call_method(ts, m, "keys", &[])?;
    let mut out = Vec::new();
    for k in p::collect(ts, &keys)? {
        let v = p::getitem(ts, m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// `d.update(other)` where `other` is a mapping or an iterable of pairs.
pub fn dict_update_from(ts: &ThreadState, d: &Value, other: &Value) -> PyResult<()> {
    let dd = as_dict(d).ok_or_else(|| ts.type_error("dict expected"))?;
    if as_dict(other).is_some() || p::getattr_opt(ts, other, "keys")?.is_some() {
        for (k, v) in mapping_items(ts, other)? {
            p::dict_set(ts, dd, k, v)?;
        }
        return Ok(());
    }
    let it = p::get_iter(ts, other)?;
    let mut i = 0;
    while let Some(item) = p::next(ts, &it)? {
        let pair = p::collect(ts, &item).map_err(|_| {
            ts.type_error(format!(
                "cannot convert dictionary update sequence element #{} to a sequence",
                i
            ))
        })?;
        if pair.len() != 2 {
            return Err(ts.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut pi = pair.into_iter();
        if let (Some(k), Some(v)) = (pi.next(), pi.next()) {
            p::dict_set(ts, dd, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn dict_update_impl(
    ts: &ThreadState,
    d: &Value,
    a: &[Value],
    k: &[Value],
    name: &str,
) -> PyResult<()> {
    let (pos, kw) = split_kwargs(a, k);
    if pos.len() > 1 {
        return Err(ts.type_error(format!(
            "{} expected at most 1 argument, got {}",
            name,
            pos.len()
        )));
    }
    if let Some(o) = pos.first() {
        dict_update_from(ts, d, o)?;
    }
    let dd = data(d);
    for (name, v) in kw {
        p::dict_set(ts, dd, new_str(name), v.clone())?;
    }
    Ok(())
}

/// DICT_MERGE for `f(**m)`: duplicate keywords raise TypeError.
pub fn dict_merge_kwargs(ts: &ThreadState, d: &Value, m: &Value, func: &Value) -> PyResult<()> {
    let dd = as_dict(d).ok_or_else(|| ts.type_error("dict expected"))?;
    if as_dict(m).is_none() && p::getattr_opt(ts, m, "keys")?.is_none() {
        return Err(ts.type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            crate::builtins::function::callable_name(ts, func),
            type_name(m)
        )));
    }
    for (k, v) in mapping_items(ts, m)? {
        if as_str(&k).is_none() {
            return Err(ts.type_error("keywords must be strings"));
        }
        if p::dict_get(ts, dd, &k)?.is_some() {
            return Err(ts.type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                crate::builtins::function::callable_name(ts, func),
                as_str(&k).unwrap_or("")
            )));
        }
        p::dict_set(ts, dd, k, v)?;
    }
    Ok(())
}

fn dict_fromkeys(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [cls, it, value] = parse_args(ts, "fromkeys", a, k, ["cls", "iterable", "value"], 2, 3)?;
    let cls = cls.unwrap_or(Value::NONE);
    let d = p::call(ts, &cls, &[], &[])?;
    let v = value.unwrap_or(Value::NONE);
    for key in p::collect(ts, &it.unwrap_or(Value::NONE))? {
        p::setitem(ts, &d, &key, v.clone())?;
    }
    Ok(d)
}

fn view_items(ts: &ThreadState, v: &Value) -> PyResult<Vec<Value>> {
    p::collect(ts, v)
}

fn view_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let vd = payload::<DictViewData>(v);
    let name = type_data(type_of(v)).name();
    let items = view_items(ts, v)?;
    let inner = crate::builtins::list::seq_repr(ts, &vd.dict, "[", "]", &items)?;
    Ok(new_str(format!(
        "{}({})",
        name,
        as_str(&inner).unwrap_or("")
    )))
}

fn view_contains(ts: &ThreadState, v: &Value, x: &Value) -> PyResult<bool> {
    let vd = payload::<DictViewData>(v);
    match vd.kind {
        ViewKind::Keys => Ok(p::dict_get(ts, data(&vd.dict), x)?.is_some()),
        ViewKind::Values => {
            for it in view_items(ts, v)? {
                if p::eq(ts, &it, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            let Some(pair) = as_tuple(x).filter(|t| t.len() == 2) else {
                return Ok(false);
            };
            match p::dict_get(ts, data(&vd.dict), &pair[0])? {
                Some(val) => p::eq(ts, &val, &pair[1]),
                None => Ok(false),
            }
        }
    }
}

fn view_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let va = payload::<DictViewData>(a);
    if va.kind == ViewKind::Values {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    // Only sets and the set-like views compare as sets.
    let t = types();
    let comparable = p::is_instance_of(b, &t.set)
        || p::is_instance_of(b, &t.frozenset)
        || b.as_obj()
            .and_then(|o| o.downcast::<DictViewData>())
            .is_some_and(|v| v.kind != ViewKind::Values);
    if !comparable {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let sa = crate::builtins::set::set_from_iter(ts, a)?;
    let sb = crate::builtins::set::set_from_iter(ts, b)?;
    p::richcompare(ts, &sa, &sb, op)
}

/// A dict view's set operations, built as CPython builds them (the result's iteration order
/// depends on it): a copy of the left operand as a set, updated in place by the right one;
/// `&` adds the items of the smaller side that the larger view contains.
fn view_setop(ts: &ThreadState, a: &Value, b: &Value, op: &str) -> PyResult<Value> {
    use crate::builtins::set::{set_from_iter, update_internal};
    if op == "&" {
        return view_intersect(ts, a, b);
    }
    // CPython's `dictviews_to_set`: a keys view of an exact dict is copied from the dict.
    let left = match a.as_obj().and_then(|o| o.downcast::<DictViewData>()) {
        Some(vd) if vd.kind == ViewKind::Keys && p::is_exact_dict(&vd.dict) => vd.dict.clone(),
        _ => a.clone(),
    };
    let result = set_from_iter(ts, &left)?;
    match op {
        "|" => update_internal(ts, &result, b)?,
        "-" => {
            p::call_method(ts, &result, "difference_update", std::slice::from_ref(b))?;
        }
        _ => {
            p::call_method(
                ts,
                &result,
                "symmetric_difference_update",
                std::slice::from_ref(b),
            )?;
        }
    }
    Ok(result)
}

/// CPython's `_PyDictView_Intersect`.
fn view_intersect(ts: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let is_view = |v: &Value| v.as_obj().is_some_and(|o| o.is::<DictViewData>());
    let (mut this, mut other) = if is_view(a) {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_self = p::len(ts, &this)?;
    if crate::object::containers::as_set(&other).is_some()
        && type_of(&other).is_same(&types().set)
        && len_self <= p::len(ts, &other)?
    {
        return p::call_method(ts, &other, "intersection", &[this]);
    }
    if is_view(&other) && p::len(ts, &other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = crate::builtins::set::set_from_iter(ts, &new_tuple(Vec::new()))?;
    // (An empty set, filled in the order of `other`.)
    let it = p::get_iter(ts, &other)?;
    while let Some(x) = p::next(ts, &it)? {
        if view_contains(ts, &this, &x)? {
            crate::builtins::set::set_add(ts, &result, x)?;
        }
    }
    Ok(result)
}

#[allow(dead_code)]
fn _unused(v: &Value) -> bool {
    as_list(v).is_some()
}
