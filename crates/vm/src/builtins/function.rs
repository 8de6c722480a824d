//! Function-like types: `function` (creation by MAKE_FUNCTION, attributes, binding),
//! bound `method`, `builtin_function_or_method`, method descriptors, `cell`, `code`, and
//! `__slots__` member descriptors. See docs/design/frames-and-calls.md.

use crate::builtins::classes::{payload, set_slots};
use crate::object::containers::{as_dict, as_tuple, new_dict, new_tuple, DictData};
use crate::object::function::{
    BuiltinFunctionData, CellData, CodeData, FunctionData, GetSetDescrData, MethodData,
    MethodDescrData, SlotWrapperData,
};
use crate::object::member::{self, MemberDescrData};
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the function-like types' slots.
pub fn init() {
    let t = types();
    set_slots(&t.function, |s| {
        s.descr_get = Some(function_get);
        s.repr = Some(|_, v| {
            let f = payload::<FunctionData>(v);
            let q = f.qualname.get();
            Ok(new_str(format!(
                "<function {} at {:#x}>",
                as_str(&q).unwrap_or("?"),
                addr(v)
            )))
        });
        s.call = Some(crate::call::call_object);
        s.hash = Some(|_, v| Ok(p::id_hash(v)));
    });
    add_getsets(
        &t.function,
        &[
            (
                "__name__",
                |_, v| Ok(payload::<FunctionData>(v).name.get()),
                Some(set_name),
            ),
            (
                "__qualname__",
                |_, v| Ok(payload::<FunctionData>(v).qualname.get()),
                Some(set_qualname),
            ),
            (
                "__code__",
                |_, v| Ok(payload::<FunctionData>(v).code.get().into_value()),
                Some(set_code),
            ),
            (
                "__defaults__",
                |_, v| Ok(payload::<FunctionData>(v).defaults.get()),
                Some(set_defaults),
            ),
            (
                "__kwdefaults__",
                |_, v| Ok(payload::<FunctionData>(v).kwdefaults.get()),
                Some(set_kwdefaults),
            ),
            (
                "__globals__",
                |_, v| Ok(payload::<FunctionData>(v).globals.clone().into_value()),
                None,
            ),
            (
                "__closure__",
                |_, v| Ok(payload::<FunctionData>(v).closure.get()),
                None,
            ),
            (
                "__doc__",
                |_, v| Ok(payload::<FunctionData>(v).doc.get()),
                Some(set_doc),
            ),
            (
                "__module__",
                |_, v| Ok(payload::<FunctionData>(v).module.get()),
                Some(set_module),
            ),
            ("__annotations__", get_annotations, Some(set_annotations)),
            ("__dict__", func_get_dict, None),
            (
                "__builtins__",
                |_, v| Ok(payload::<FunctionData>(v).builtins.clone().into_value()),
                None,
            ),
        ],
    );
    set_slots(&t.method, |s| {
        // `types.MethodType(function, instance)`.
        s.new = Some(|ts, ty, a, k| {
            if !k.is_empty() {
                return Err(ts.type_error("method() takes no keyword arguments"));
            }
            if a.len() != 2 {
                return Err(ts.type_error(format!("method expected 2 arguments, got {}", a.len())));
            }
            if type_data(type_of(&a[0])).slots().call.is_none()
                && !a[0].as_obj().is_some_and(|o| o.is::<FunctionData>())
            {
                return Err(ts.type_error("first argument must be callable"));
            }
            if a[1].is_none() {
                return Err(ts.type_error("instance must not be None"));
            }
            Ok(alloc(
                ty,
                MethodData {
                    func: a[0].clone(),
                    self_: a[1].clone(),
                },
            )
            .into_value())
        });
        s.repr = Some(method_repr);
        s.getattro = Some(method_getattro);
        s.hash = Some(|ts, v| {
            let m = payload::<MethodData>(v);
            Ok(p::hash(ts, &m.self_).unwrap_or(0) ^ p::hash(ts, &m.func)?)
        });
        s.richcompare = Some(method_richcompare);
        s.call = Some(crate::call::call_object);
    });
    add_getsets(
        &t.method,
        &[
            (
                "__func__",
                |_, v| Ok(payload::<MethodData>(v).func.clone()),
                None,
            ),
            (
                "__self__",
                |_, v| Ok(payload::<MethodData>(v).self_.clone()),
                None,
            ),
        ],
    );
    set_slots(&t.builtin_function, |s| {
        s.repr = Some(|_, v| {
            let b = payload::<BuiltinFunctionData>(v);
            if b.self_.is_null()
                || b.self_
                    .as_obj()
                    .is_some_and(|o| o.is::<crate::object::misc::ModuleData>())
            {
                Ok(new_str(format!("<built-in function {}>", b.name)))
            } else {
                Ok(new_str(format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_name(&b.self_),
                    addr(&b.self_)
                )))
            }
        });
        s.hash = Some(|_, v| Ok(p::id_hash(v)));
        s.call = Some(crate::call::call_object);
    });
    add_getsets(
        &t.builtin_function,
        &[
            (
                "__name__",
                |_, v| Ok(new_str(payload::<BuiltinFunctionData>(v).name)),
                None,
            ),
            (
                "__qualname__",
                |_, v| Ok(new_str(payload::<BuiltinFunctionData>(v).name)),
                None,
            ),
            (
                "__module__",
                |_, v| {
                    Ok(payload::<BuiltinFunctionData>(v)
                        .module
                        .map_or(Value::NONE, new_str))
                },
                None,
            ),
            (
                "__self__",
                |_, v| {
                    let s = &payload::<BuiltinFunctionData>(v).self_;
                    Ok(if s.is_null() { Value::NONE } else { s.clone() })
                },
                None,
            ),
            (
                "__doc__",
                |_, v| {
                    Ok(payload::<BuiltinFunctionData>(v)
                        .doc
                        .map_or(Value::NONE, new_str))
                },
                None,
            ),
        ],
    );
    for ty in [&t.method_descr, &t.classmethod_descr] {
        set_slots(ty, |s| {
            s.descr_get = Some(method_descr_get);
            s.repr = Some(|_, v| {
                let d = payload::<MethodDescrData>(v);
                Ok(new_str(format!(
                    "<method '{}' of '{}' objects>",
                    d.name,
                    type_data(&d.owner).name()
                )))
            });
            s.call = Some(crate::call::call_object);
        });
        add_getsets(
            ty,
            &[
                (
                    "__name__",
                    |_, v| Ok(new_str(payload::<MethodDescrData>(v).name)),
                    None,
                ),
                (
                    "__qualname__",
                    |_, v| {
                        let d = payload::<MethodDescrData>(v);
                        Ok(new_str(format!(
                            "{}.{}",
                            type_data(&d.owner).name(),
                            d.name
                        )))
                    },
                    None,
                ),
                (
                    "__objclass__",
                    |_, v| Ok(payload::<MethodDescrData>(v).owner.clone().into_value()),
                    None,
                ),
                ("__doc__", |_, _| Ok(Value::NONE), None),
            ],
        );
    }
    set_slots(&t.getset_descr, |s| {
        s.descr_get = Some(getset_get);
        s.descr_set = Some(getset_set);
        s.repr = Some(|_, v| {
            let d = payload::<GetSetDescrData>(v);
            Ok(new_str(format!(
                "<attribute '{}' of '{}' objects>",
                d.name,
                type_data(&d.owner).name()
            )))
        });
    });
    add_getsets(
        &t.getset_descr,
        &[(
            "__name__",
            |_, v| Ok(new_str(payload::<GetSetDescrData>(v).name)),
            None,
        )],
    );
    set_slots(&t.member_descr, |s| {
        s.descr_get = Some(member_get);
        s.descr_set = Some(member_set);
        s.repr = Some(|_, v| {
            let d = payload::<MemberDescrData>(v);
            Ok(new_str(format!(
                "<member '{}' of '{}' objects>",
                as_str(d.name.as_value()).unwrap_or("?"),
                type_data(&d.owner).name()
            )))
        });
    });
    add_getsets(
        &t.member_descr,
        &[
            (
                "__name__",
                |_, v| Ok(payload::<MemberDescrData>(v).name.clone().into_value()),
                None,
            ),
            (
                "__qualname__",
                |_, v| {
                    let d = payload::<MemberDescrData>(v);
                    Ok(new_str(format!(
                        "{}.{}",
                        type_data(&d.owner).qualname.get(),
                        as_str(d.name.as_value()).unwrap_or("?")
                    )))
                },
                None,
            ),
            (
                "__objclass__",
                |_, v| Ok(payload::<MemberDescrData>(v).owner.clone().into_value()),
                None,
            ),
            ("__doc__", |_, _| Ok(Value::NONE), None),
        ],
    );
    set_slots(&t.cell, |s| {
        // `types.CellType([contents])`.
        s.new = Some(|ts, ty, a, k| {
            if !k.is_empty() {
                return Err(ts.type_error("cell() takes no keyword arguments"));
            }
            if a.len() > 1 {
                return Err(
                    ts.type_error(format!("cell expected at most 1 argument, got {}", a.len()))
                );
            }
            let contents = a.first().cloned().unwrap_or(Value::NULL);
            Ok(alloc(ty, CellData(PyCell::new(contents))).into_value())
        });
        s.repr = Some(|_, v| {
            let c = payload::<CellData>(v).0.get();
            if c.is_null() {
                Ok(new_str(format!("<cell at {:#x}: empty>", addr(v))))
            } else {
                Ok(new_str(format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    addr(v),
                    type_name(&c),
                    addr(&c)
                )))
            }
        });
    });
    add_getsets(
        &t.cell,
        &[(
            "cell_contents",
            |ts, v| {
                let c = payload::<CellData>(v).0.get();
                if c.is_null() {
                    Err(ts.value_error("Cell is empty"))
                } else {
                    Ok(c)
                }
            },
            Some(|_, v, x| {
                let old = payload::<CellData>(v).0.replace(x.unwrap_or(Value::NULL));
                drop(old);
                Ok(())
            }),
        )],
    );
    set_slots(&t.slot_wrapper, |s| {
        s.call = Some(slot_wrapper_call);
        s.descr_get = Some(|_, d, obj, _| match obj {
            Some(o) if !o.is_none() => Ok(alloc(
                &types().builtin_function,
                BuiltinFunctionData {
                    name: payload::<SlotWrapperData>(d).name,
                    func: slot_wrapper_bound,
                    self_: tuple_of(vec![d.clone(), o.clone()]),
                    module: None,
                    doc: None,
                    arity: None,
                },
            )
            .into_value()),
            _ => Ok(d.clone()),
        });
        s.repr = Some(|_, v| {
            let w = payload::<SlotWrapperData>(v);
            Ok(new_str(format!(
                "<slot wrapper '{}' of '{}' objects>",
                w.name,
                type_data(&w.owner).name()
            )))
        });
    });
    crate::builtins::dis::init_code_type();
}

fn addr(v: &Value) -> usize {
    v.as_obj().map_or(0, |o| o.as_ptr() as usize)
}

/// A `wrapper_descriptor` for `owner`'s native `__init__`.
pub fn new_init_wrapper(owner: &ObjRef) -> Value {
    alloc(
        &types().slot_wrapper,
        SlotWrapperData {
            name: "__init__",
            owner: owner.clone(),
        },
    )
    .into_value()
}

fn slot_wrapper_call(
    ts: &ThreadState,
    w: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let wd = payload::<SlotWrapperData>(w);
    let Some((this, rest)) = args.split_first() else {
        return Err(ts.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            wd.name,
            type_data(&wd.owner).name()
        )));
    };
    if !p::is_instance_of(this, &wd.owner) {
        return Err(ts.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            wd.name,
            type_data(&wd.owner).name(),
            type_name(this)
        )));
    }
    let slots = *type_data(&wd.owner).slots();
    if !kwnames.is_empty() && !matches!(wd.name, "__init__" | "__call__" | "__new__") {
        return Err(ts.type_error(format!("wrapper {}() takes no keyword arguments", wd.name)));
    }
    let one = |rest: &[Value]| -> PyResult<Value> {
        match rest {
            [x] => Ok(x.clone()),
            _ => Err(ts.type_error(format!("expected 1 argument, got {}", rest.len()))),
        }
    };
    let unary = [
        ("__neg__", slots.neg),
        ("__pos__", slots.pos),
        ("__invert__", slots.invert),
        ("__abs__", slots.abs),
        ("__index__", slots.index),
        ("__int__", slots.int),
        ("__float__", slots.float),
    ];
    let zero_args = matches!(
        wd.name,
        "__hash__" | "__iter__" | "__next__" | "__len__" | "__bool__"
    ) || unary.iter().any(|(n, _)| *n == wd.name);
    if zero_args && !rest.is_empty() {
        return Err(ts.type_error(format!("expected 0 arguments, got {}", rest.len())));
    }
    if let Some((_, f)) = unary.iter().find(|(n, _)| *n == wd.name) {
        return match f {
            Some(f) => f(ts, this),
            None => Err(ts.type_error(format!("bad operand type for {}", wd.name))),
        };
    }
    if wd.name == "__bool__" {
        return match slots.bool {
            Some(f) => f(ts, this).map(Value::from_bool),
            None => Ok(Value::TRUE),
        };
    }
    if let Some((i, kind)) = nb_wrapper(wd.name) {
        // Sequence repetition wrappers unpack with an unnamed format (a leading space).
        if rest.len() != 1 && slots.getitem.is_some() && wd.name.ends_with("mul__") {
            return Err(ts.type_error(format!(" expected 1 argument, got {}", rest.len())));
        }
        if rest.len() > 2 && wd.name.ends_with("pow__") {
            return Err(ts.type_error(format!(" expected at most 2 arguments, got {}", rest.len())));
        }
        let other = one(rest)?;
        let r = match kind {
            0 => slots.nb[i].map(|f| f(ts, this, &other)),
            1 => slots.nb[i].map(|f| f(ts, &other, this)),
            _ => slots.nb_inplace[i].map(|f| f(ts, this, &other)),
        };
        return r.unwrap_or(Ok(Value::NOT_IMPLEMENTED));
    }
    match wd.name {
        "__init__" => match slots.init {
            Some(init) => init(ts, this, rest, kwnames).map(|()| Value::NONE),
            None => Ok(Value::NONE),
        },
        "__repr__" | "__str__" => {
            if !rest.is_empty() {
                return Err(ts.type_error(format!("expected 0 arguments, got {}", rest.len())));
            }
            match if wd.name == "__repr__" {
                slots.repr
            } else {
                slots.str
            } {
                Some(f) => f(ts, this),
                None => p::repr(ts, this),
            }
        }
        "__call__" => match slots.call {
            Some(f) => f(ts, this, rest, kwnames),
            None => Err(ts.type_error("not callable")),
        },
        "__hash__" => match slots.hash {
            Some(f) => f(ts, this).map(crate::object::int::int_from_i64),
            None => Err(ts.type_error("unhashable")),
        },
        "__iter__" => match slots.iter {
            Some(f) => f(ts, this),
            None => Err(ts.type_error("not iterable")),
        },
        "__next__" => match slots.next {
            Some(f) => f(ts, this)?.ok_or_else(|| ts.stop_iteration(Value::NONE)),
            None => Err(ts.type_error("not an iterator")),
        },
        "__len__" => match slots.len {
            Some(f) => f(ts, this).map(|n| crate::object::int::int_from_i64(n as i64)),
            None => Err(ts.type_error("no len")),
        },
        "__contains__" => match slots.contains {
            Some(f) => f(ts, this, &one(rest)?).map(Value::from_bool),
            None => Err(ts.type_error("no contains")),
        },
        "__getitem__" => match slots.getitem {
            Some(f) => f(ts, this, &one(rest)?),
            None => Err(ts.type_error("not subscriptable")),
        },
        "__setitem__" | "__delitem__" => {
            let Some(set) = slots.setitem else {
                return Err(ts.type_error("does not support item assignment"));
            };
            match (wd.name, rest) {
                ("__setitem__", [k, v]) => set(ts, this, k, Some(v.clone())).map(|()| Value::NONE),
                ("__delitem__", [k]) => set(ts, this, k, None).map(|()| Value::NONE),
                _ => Err(ts.type_error(format!(
                    "expected {} arguments, got {}",
                    if wd.name == "__setitem__" { 2 } else { 1 },
                    rest.len()
                ))),
            }
        }
        "__get__" => {
            let Some(get) = slots.descr_get else {
                return Err(ts.type_error("not a descriptor"));
            };
            let (obj, owner) = match rest {
                [o] => (o.clone(), Value::NONE),
                [o, t] => (o.clone(), t.clone()),
                _ => {
                    return Err(
                        ts.type_error(format!("expected 1 or 2 arguments, got {}", rest.len()))
                    )
                }
            };
            if obj.is_none() && owner.is_none() {
                return Err(ts.type_error("__get__(None, None) is invalid"));
            }
            let owner = if owner.is_none() {
                type_of(&obj).clone().into_value()
            } else {
                owner
            };
            get(ts, this, (!obj.is_none()).then_some(&obj), &owner)
        }
        "__set__" | "__delete__" => {
            let Some(set) = slots.descr_set else {
                return Err(ts.type_error("not a data descriptor"));
            };
            match (wd.name, rest) {
                ("__set__", [o, v]) => set(ts, this, o, Some(v.clone())).map(|()| Value::NONE),
                ("__delete__", [o]) => set(ts, this, o, None).map(|()| Value::NONE),
                _ => Err(ts.type_error(format!(
                    "expected {} arguments, got {}",
                    if wd.name == "__set__" { 2 } else { 1 },
                    rest.len()
                ))),
            }
        }
        _ => Err(ts.type_error(format!("unsupported slot wrapper {}", wd.name))),
    }
}

/// Exposes a native type's own protocol slots as `__call__`, `__hash__`, `__iter__`,
/// `__next__`, `__len__`, `__contains__`, `__getitem__`, `__setitem__` and `__delitem__` entries of its dict (so that
/// `collections.abc` checks and `type.__dict__` see them), unless already present.
pub fn add_slot_wrappers(ty: &ObjRef) {
    let td = type_data(ty);
    let own = *td.slots();
    let base = td.base.get().map(|b| *type_data(&b).slots());
    let differs = |a: Option<usize>, b: Option<usize>| a.is_some() && a != b;
    let pick = |s: &crate::object::typeobj::Slots| {
        [
            ("__call__", s.call.map(|f| f as usize)),
            ("__hash__", s.hash.map(|f| f as usize)),
            ("__iter__", s.iter.map(|f| f as usize)),
            ("__next__", s.next.map(|f| f as usize)),
            ("__len__", s.len.map(|f| f as usize)),
            ("__contains__", s.contains.map(|f| f as usize)),
            ("__getitem__", s.getitem.map(|f| f as usize)),
            ("__neg__", s.neg.map(|f| f as usize)),
            ("__pos__", s.pos.map(|f| f as usize)),
            ("__invert__", s.invert.map(|f| f as usize)),
            ("__abs__", s.abs.map(|f| f as usize)),
            ("__bool__", s.bool.map(|f| f as usize)),
            ("__index__", s.index.map(|f| f as usize)),
            ("__int__", s.int.map(|f| f as usize)),
            ("__float__", s.float.map(|f| f as usize)),
            ("__setitem__", s.setitem.map(|f| f as usize)),
            ("__delitem__", s.setitem.map(|f| f as usize)),
            ("__get__", s.descr_get.map(|f| f as usize)),
            ("__set__", s.descr_set.map(|f| f as usize)),
            ("__delete__", s.descr_set.map(|f| f as usize)),
        ]
    };
    let base_slots = base.as_ref().map(pick);
    for (i, (name, f)) in pick(&own).into_iter().enumerate() {
        let b = base_slots.as_ref().and_then(|bs| bs[i].1);
        if !differs(f, b) || p::dict_get_str(&td.dict, name).is_some() {
            continue;
        }
        // CPython's containers (but `range`) are truthy through their length, with no
        // `__bool__`.
        if name == "__bool__" && own.len.is_some() && !ty.is_same(&types().range) {
            continue;
        }
        add_slot_wrapper(ty, name);
    }
    // Binary number slots: `__add__` and `__radd__` (sequences, whose `+` is
    // concatenation, have no `__radd__`), and the in-place forms.
    let sequence = own.getitem.is_some();
    for (i, (fwd, rev, inplace)) in crate::slots::NB_NAMES.iter().enumerate() {
        let f = own.nb[i].map(|f| f as usize);
        let b = base.as_ref().and_then(|bs| bs.nb[i]).map(|f| f as usize);
        if differs(f, b) {
            for name in [fwd, rev] {
                if (sequence && *name == "__radd__") || p::dict_get_str(&td.dict, name).is_some() {
                    continue;
                }
                add_slot_wrapper(ty, name);
            }
        }
        let f = own.nb_inplace[i].map(|f| f as usize);
        let b = base
            .as_ref()
            .and_then(|bs| bs.nb_inplace[i])
            .map(|f| f as usize);
        if differs(f, b) && p::dict_get_str(&td.dict, inplace).is_none() {
            add_slot_wrapper(ty, inplace);
        }
    }
}

/// The number slot behind a binary dunder: its index and 0 (`__add__`), 1 (`__radd__`)
/// or 2 (`__iadd__`).
fn nb_wrapper(name: &str) -> Option<(usize, usize)> {
    crate::slots::NB_NAMES
        .iter()
        .enumerate()
        .find_map(|(i, (f, r, ip))| [f, r, ip].iter().position(|n| **n == name).map(|k| (i, k)))
}

/// Puts a slot wrapper for the slot behind `name` into `ty`'s dict.
pub fn add_slot_wrapper(ty: &ObjRef, name: &'static str) {
    let w = alloc(
        &types().slot_wrapper,
        SlotWrapperData {
            name,
            owner: ty.clone(),
        },
    );
    crate::types::dict_set_str(&type_data(ty).dict, name, w.into_value());
}

fn slot_wrapper_bound(ts: &ThreadState, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pair = args.first().and_then(as_tuple).unwrap_or(&[]);
    let (Some(w), Some(this)) = (pair.first(), pair.get(1)) else {
        return Err(ts.type_error("bad method-wrapper"));
    };
    let mut full = vec![this.clone()];
    full.extend_from_slice(&args[1..]);
    slot_wrapper_call(ts, w, &full, kwnames)
}

/// Creates a function object from a code object (MAKE_FUNCTION).
pub fn make_function(
    ts: &ThreadState,
    code_v: Value,
    globals: Value,
    builtins: Value,
) -> PyResult<Value> {
    let Some(code_o) = code_v.as_obj().filter(|o| o.is::<CodeData>()).cloned() else {
        return Err(ts.type_error("MAKE_FUNCTION expects a code object"));
    };
    // SAFETY: checked above.
    let code = unsafe { code_o.downcast_unchecked::<CodeData>() };
    let name = new_str(&*code.code.name);
    let qualname = new_str(&*code.code.qualname);
    let doc = match code.consts.first() {
        Some(d)
            if as_str(d).is_some()
                && code.code.flags & ferrum_bytecode::code::flags::OPTIMIZED != 0 =>
        {
            d.clone()
        }
        _ => Value::NONE,
    };
    let g = globals
        .as_obj()
        .cloned()
        .ok_or_else(|| ts.type_error("globals must be a dict"))?;
    let module = p::dict_get_str(&g, "__name__").unwrap_or(Value::NONE);
    let b = builtins
        .as_obj()
        .cloned()
        .unwrap_or_else(|| ts.interp.builtins.clone());
    let f = alloc(
        &types().function,
        FunctionData {
            code: PyCell::new(code_o),
            globals: g,
            builtins: b,
            name: PyCell::new(name),
            qualname: PyCell::new(qualname),
            defaults: PyCell::new(Value::NONE),
            kwdefaults: PyCell::new(Value::NONE),
            closure: PyCell::new(Value::NONE),
            annotations: PyCell::new(Value::NONE),
            doc: PyCell::new(doc),
            module: PyCell::new(module),
        },
    );
    f.set_dict(Some(new_dict()));
    Ok(f.into_value())
}

/// Turns the flattened `(name, value, ...)` annotations tuple into a dict.
pub fn annotations_from(ts: &ThreadState, attr: Value) -> PyResult<Value> {
    if as_dict(&attr).is_some() {
        return Ok(attr);
    }
    let d = new_dict();
    // SAFETY: fresh dict.
    let dd = unsafe { d.downcast_unchecked::<DictData>() };
    let items = as_tuple(&attr).unwrap_or(&[]).to_vec();
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        p::dict_set(ts, dd, k, v)?;
    }
    Ok(d.into_value())
}

/// SETUP_ANNOTATIONS: makes `__annotations__` in the locals mapping if missing.
pub fn setup_annotations(ts: &ThreadState, locals: &Value) -> PyResult<()> {
    let key = new_str("__annotations__");
    if let Some(d) = as_dict(locals) {
        if p::dict_get(ts, d, &key)?.is_none() {
            p::dict_set(ts, d, key, new_dict().into_value())?;
        }
        return Ok(());
    }
    match p::getitem(ts, locals, &key) {
        Ok(_) => Ok(()),
        Err(e) if p::is_instance_of(e.value(), &types().key_error) => {
            p::setitem(ts, locals, &key, new_dict().into_value())
        }
        Err(e) => Err(e),
    }
}

/// A name for messages about calls: `f()` for functions, `type()` etc.
pub fn callable_name(ts: &ThreadState, f: &Value) -> String {
    if let Some(fd) = f.as_obj().and_then(|o| o.downcast::<FunctionData>()) {
        let q = fd.qualname.get();
        let m = fd.module.get();
        return match as_str(&m).filter(|m| *m != "builtins") {
            Some(m) => format!("{}.{}()", m, as_str(&q).unwrap_or("?")),
            None => format!("{}()", as_str(&q).unwrap_or("?")),
        };
    }
    match p::getattr_opt(ts, f, "__qualname__") {
        Ok(Some(q)) if as_str(&q).is_some() => format!("{}()", as_str(&q).unwrap_or("")),
        _ => format!("{} object", type_name(f)),
    }
}

/// A bound method object.
pub fn new_bound_method(_: &ThreadState, func: Value, self_: Value) -> Value {
    alloc(&types().method, MethodData { func, self_ }).into_value()
}

/// Binds a builtin method descriptor to `self_` (a builtin method object).
pub fn bind_builtin(d: &MethodDescrData, self_: Value) -> Value {
    alloc(
        &types().builtin_function,
        BuiltinFunctionData {
            name: d.name,
            func: d.func,
            self_,
            module: None,
            doc: None,
            arity: d.arity,
        },
    )
    .into_value()
}

fn function_get(
    ts: &ThreadState,
    f: &Value,
    obj: Option<&Value>,
    _owner: &Value,
) -> PyResult<Value> {
    match obj {
        Some(o) if !o.is_none() => Ok(new_bound_method(ts, f.clone(), o.clone())),
        _ => Ok(f.clone()),
    }
}

fn method_descr_get(
    ts: &ThreadState,
    d: &Value,
    obj: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    let md = payload::<MethodDescrData>(d);
    if md.static_method {
        return Ok(bind_builtin_static(md));
    }
    if md.class_method {
        let cls = if owner.is_none() {
            obj.map_or(Value::NONE, |o| type_of(o).clone().into_value())
        } else {
            owner.clone()
        };
        return Ok(bind_builtin(md, cls));
    }
    match obj {
        Some(o)
            if !o.is_none()
                || type_of(o).is_same(&types().none_type)
                    && md.owner.is_same(&types().none_type) =>
        {
            if !p::is_instance_of(o, &md.owner) {
                return Err(ts.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    md.name,
                    type_data(&md.owner).name(),
                    type_name(o)
                )));
            }
            Ok(bind_builtin(md, o.clone()))
        }
        _ => Ok(d.clone()),
    }
}

fn bind_builtin_static(d: &MethodDescrData) -> Value {
    alloc(
        &types().builtin_function,
        BuiltinFunctionData {
            name: d.name,
            func: d.func,
            self_: Value::NULL,
            module: None,
            doc: None,
            arity: None,
        },
    )
    .into_value()
}

fn getset_get(ts: &ThreadState, d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let gd = payload::<GetSetDescrData>(d);
    match obj {
        Some(o) => {
            if !p::is_instance_of(o, &gd.owner) {
                return Err(ts.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    gd.name,
                    type_data(&gd.owner).name(),
                    type_name(o)
                )));
            }
            (gd.get)(ts, o)
        }
        None => Ok(d.clone()),
    }
}

/// Checks that a member descriptor applies to `obj` (an instance of the declaring class).
fn member_check<'a>(ts: &ThreadState, d: &'a Value, obj: &Value) -> PyResult<&'a MemberDescrData> {
    let md = payload::<MemberDescrData>(d);
    if !p::is_instance_of(obj, &md.owner) {
        return Err(ts.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            as_str(md.name.as_value()).unwrap_or("?"),
            type_data(&md.owner).name(),
            type_name(obj)
        )));
    }
    Ok(md)
}

fn member_get(ts: &ThreadState, d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(o) = obj else {
        return Ok(d.clone());
    };
    let md = member_check(ts, d, o)?;
    match o.as_obj().and_then(|x| member::slot_get(x, md.index)) {
        Some(v) => Ok(v),
        None => Err(p::no_attribute(
            ts,
            o,
            as_str(md.name.as_value()).unwrap_or("?"),
        )),
    }
}

fn member_set(ts: &ThreadState, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let md = member_check(ts, d, obj)?;
    let Some(o) = obj.as_obj() else {
        return Err(ts.type_error("member descriptor applied to an immediate value"));
    };
    let deleting = value.is_none();
    let count = type_data(type_of(obj)).slot_count;
    if deleting && member::slot_get(o, md.index).is_none() {
        return Err(ts.attribute_error(as_str(md.name.as_value()).unwrap_or("?").to_string()));
    }
    let old = member::slot_set(o, md.index, count, value);
    drop(old);
    Ok(())
}

fn getset_set(ts: &ThreadState, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let gd = payload::<GetSetDescrData>(d);
    match gd.set {
        Some(set) => set(ts, obj, value),
        None => Err(ts.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            gd.name,
            type_data(&gd.owner).name()
        ))),
    }
}

fn method_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let m = payload::<MethodData>(v);
    let name = p::getattr_opt(ts, &m.func, "__qualname__")?
        .and_then(|q| as_str(&q).map(str::to_string))
        .unwrap_or_else(|| "?".into());
    let s = p::repr_string(ts, &m.self_)?;
    Ok(new_str(format!("<bound method {name} of {s}>")))
}

fn method_getattro(ts: &ThreadState, v: &Value, name: &ObjRef) -> PyResult<Value> {
    match p::generic_getattr(ts, v, name) {
        Ok(x) => Ok(x),
        Err(e) => {
            let m = payload::<MethodData>(v);
            p::getattr(ts, &m.func, name).map_err(|_| e)
        }
    }
}

fn method_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        a.as_obj().and_then(|o| o.downcast::<MethodData>()),
        b.as_obj().and_then(|o| o.downcast::<MethodData>()),
    ) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let eq = x.self_.is(&y.self_) && p::eq(ts, &x.func, &y.func)?;
    match op {
        CompareOp::Eq => Ok(Value::from_bool(eq)),
        CompareOp::Ne => Ok(Value::from_bool(!eq)),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn set_name(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x
        .filter(|x| as_str(x).is_some())
        .ok_or_else(|| ts.type_error("__name__ must be set to a string object"))?;
    let old = payload::<FunctionData>(v).name.replace(x);
    drop(old);
    Ok(())
}

fn set_qualname(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x
        .filter(|x| as_str(x).is_some())
        .ok_or_else(|| ts.type_error("__qualname__ must be set to a string object"))?;
    let old = payload::<FunctionData>(v).qualname.replace(x);
    drop(old);
    Ok(())
}

fn set_code(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let c = x
        .as_ref()
        .and_then(Value::as_obj)
        .filter(|o| o.is::<CodeData>())
        .cloned()
        .ok_or_else(|| ts.type_error("__code__ must be set to a code object"))?;
    let old = payload::<FunctionData>(v).code.replace(c);
    drop(old);
    Ok(())
}

fn set_defaults(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.unwrap_or(Value::NONE);
    if !x.is_none() && as_tuple(&x).is_none() {
        return Err(ts.type_error("__defaults__ must be set to a tuple object"));
    }
    let old = payload::<FunctionData>(v).defaults.replace(x);
    drop(old);
    Ok(())
}

fn set_kwdefaults(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.unwrap_or(Value::NONE);
    if !x.is_none() && as_dict(&x).is_none() {
        return Err(ts.type_error("__kwdefaults__ must be set to a dict object"));
    }
    let old = payload::<FunctionData>(v).kwdefaults.replace(x);
    drop(old);
    Ok(())
}

fn set_doc(_: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let old = payload::<FunctionData>(v)
        .doc
        .replace(x.unwrap_or(Value::NONE));
    drop(old);
    Ok(())
}

fn set_module(_: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let old = payload::<FunctionData>(v)
        .module
        .replace(x.unwrap_or(Value::NONE));
    drop(old);
    Ok(())
}

fn get_annotations(_: &ThreadState, v: &Value) -> PyResult<Value> {
    let f = payload::<FunctionData>(v);
    let a = f.annotations.get();
    if a.is_none() {
        let d = new_dict().into_value();
        let old = f.annotations.replace(d.clone());
        drop(old);
        return Ok(d);
    }
    Ok(a)
}

fn set_annotations(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.unwrap_or(Value::NONE);
    if !x.is_none() && as_dict(&x).is_none() {
        return Err(ts.type_error("__annotations__ must be set to a dict object"));
    }
    let old = payload::<FunctionData>(v).annotations.replace(x);
    drop(old);
    Ok(())
}

fn func_get_dict(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    match v.as_obj().and_then(ObjRef::dict) {
        Some(d) => Ok(d.into_value()),
        None => Err(ts.attribute_error("__dict__")),
    }
}

/// Makes a tuple from a vector (used by attribute getters).
pub fn tuple_of(v: Vec<Value>) -> Value {
    new_tuple(v)
}
