//! `type`, `object`, `super`, `property`, `staticmethod`, `classmethod` and
//! `__build_class__`: class creation (metaclass selection, `__prepare__`, C3 MRO,
//! `__set_name__`, `__init_subclass__`, `__classcell__`), instance creation, and the attribute
//! lookup rules for types. See docs/design/object-model.md.

use std::any::TypeId;
use std::cell::Cell;

use crate::attr_cache::Loaded;
use crate::call::{call_type, parse_args, split_kwargs};
use crate::frame::InterpreterFrame;
use crate::object::containers::{as_dict, as_tuple, new_dict, new_list, new_tuple, DictData};
use crate::object::function::{
    CellData, ClassMethodData, CodeData, FunctionData, GetSetDescrData, PropertyData,
    StaticMethodData,
};
use crate::object::misc::{GenericAliasData, ObjectData, SuperData};
use crate::object::str::{as_str, intern, new_str};
use crate::object::typeobj::{CompareOp, Slots, TypeData};
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_lookup, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs `type`, `object`, `super`, `property`, `staticmethod`, `classmethod`.
pub fn init() {
    let t = types();
    set_slots(&t.type_, |s| {
        s.call = Some(call_type);
        s.getattro = Some(type_getattro);
        s.setattro = Some(type_setattro);
        s.repr = Some(type_repr);
        s.new = Some(type_new_slot);
        s.init = Some(|_, _, _, _| Ok(()));
        s.hash = Some(|_, v| Ok(p::id_hash(v)));
        s.richcompare = Some(identity_compare);
        s.nb[7] = Some(type_or);
    });
    add_methods(
        &t.type_,
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__getattribute__", |ts, a, _| {
                need(ts, a, 2, "__getattribute__")?;
                let name = attr_name(ts, &a[1])?;
                type_getattro(ts, &a[0], &name)
            }),
            ("__setattr__", |ts, a, _| {
                need(ts, a, 3, "__setattr__")?;
                let name = attr_name(ts, &a[1])?;
                type_setattro(ts, &a[0], &name, Some(a[2].clone())).map(|()| Value::NONE)
            }),
            ("__delattr__", |ts, a, _| {
                need(ts, a, 2, "__delattr__")?;
                let name = attr_name(ts, &a[1])?;
                type_setattro(ts, &a[0], &name, None).map(|()| Value::NONE)
            }),
        ],
    );
    crate::types::add_class_methods(&t.type_, &[("__prepare__", type_prepare)], false);
    add_getsets(
        &t.type_,
        &[
            ("__name__", type_get_name, Some(type_set_name)),
            ("__qualname__", type_get_qualname, Some(type_set_qualname)),
            ("__bases__", type_get_bases, None),
            ("__base__", type_get_base, None),
            ("__mro__", type_get_mro, None),
            ("__flags__", type_get_flags, None),
            ("__dict__", type_get_dict, None),
            ("__doc__", type_get_doc, None),
            ("__module__", type_get_module, Some(type_set_module)),
        ],
    );
    set_slots(&t.object, |s| {
        s.new = Some(object_new);
        s.init = Some(object_init);
        s.repr = Some(|_, v| Ok(new_str(p::default_repr(v))));
        s.hash = Some(|_, v| Ok(p::id_hash(v)));
        s.richcompare = Some(object_richcompare);
    });
    add_methods(
        &t.object,
        &[
            ("__reduce_ex__", object_reduce_ex),
            ("__reduce__", |ts, a, _| object_common_reduce(ts, &a[0], 0)),
            ("__getstate__", |ts, a, _| object_getstate(ts, &a[0], false)),
            ("__dir__", object_dir),
            ("__format__", object_format),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__repr__", |_, a, _| Ok(new_str(p::default_repr(&a[0])))),
            ("__str__", |ts, a, _| p::repr(ts, &a[0])),
            ("__hash__", |_, a, _| {
                Ok(crate::object::int::int_from_i64(p::id_hash(&a[0])))
            }),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", |_, _, _| Ok(Value::NOT_IMPLEMENTED)),
            ("__le__", |_, _, _| Ok(Value::NOT_IMPLEMENTED)),
            ("__gt__", |_, _, _| Ok(Value::NOT_IMPLEMENTED)),
            ("__ge__", |_, _, _| Ok(Value::NOT_IMPLEMENTED)),
            ("__sizeof__", object_sizeof),
        ],
    );
    crate::types::add_class_methods(
        &t.object,
        &[
            ("__subclasshook__", |_, _, _| Ok(Value::NOT_IMPLEMENTED)),
            ("__init_subclass__", |ts, a, k| {
                if a.len() > 1 || !k.is_empty() {
                    let name = a
                        .first()
                        .and_then(Value::as_obj)
                        .and_then(|o| o.downcast::<TypeData>())
                        .map(TypeData::name)
                        .unwrap_or_default();
                    return Err(ts.type_error(format!(
                        "{name}.__init_subclass__() takes no keyword arguments"
                    )));
                }
                Ok(Value::NONE)
            }),
        ],
        false,
    );
    crate::types::dict_set_str(
        &type_data(&t.object).dict,
        "__new__",
        p::new_builtin_function("__new__", object_new_fn, None),
    );
    add_getsets(
        &t.object,
        &[(
            "__class__",
            |_, v| Ok(type_of(v).clone().into_value()),
            Some(object_set_class),
        )],
    );
    // Builtin types whose instances carry a namespace dict expose it, as CPython's do
    // (`object` itself has no `__dict__` attribute; classes add theirs in `type_new`).
    for ty in [&t.base_exception, &t.simple_namespace] {
        add_getsets(ty, &[("__dict__", object_get_dict, Some(object_set_dict))]);
    }
    add_getsets(
        &t.module,
        &[(
            "__dict__",
            object_get_dict,
            Some(|ts, _, _| Err(ts.attribute_error("readonly attribute"))),
        )],
    );
    crate::types::dict_set_str(
        &type_data(&t.object).dict,
        "__doc__",
        new_str(
            "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments \
             and returns a new featureless\ninstance that has no instance attributes and \
             cannot be given any.\n",
        ),
    );
    set_slots(&t.super_, |s| {
        s.new = Some(super_new);
        s.getattro = Some(super_getattro);
        s.repr = Some(super_repr);
    });
    add_getsets(
        &t.super_,
        &[
            (
                "__thisclass__",
                |_, v| Ok(payload::<SuperData>(v).type_.clone()),
                None,
            ),
            (
                "__self__",
                |_, v| Ok(payload::<SuperData>(v).obj.clone()),
                None,
            ),
            (
                "__self_class__",
                |_, v| Ok(payload::<SuperData>(v).obj_type.clone()),
                None,
            ),
        ],
    );
    set_slots(&t.property, |s| {
        s.new = Some(property_new);
        s.init = Some(property_init);
        s.descr_get = Some(property_get);
        s.descr_set = Some(property_set);
    });
    add_methods(
        &t.property,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__set_name__", property_set_name),
        ],
    );
    add_getsets(
        &t.property,
        &[
            (
                "fget",
                |_, v| Ok(payload::<PropertyData>(v).fget.get()),
                None,
            ),
            (
                "fset",
                |_, v| Ok(payload::<PropertyData>(v).fset.get()),
                None,
            ),
            (
                "fdel",
                |_, v| Ok(payload::<PropertyData>(v).fdel.get()),
                None,
            ),
            (
                "__doc__",
                |_, v| Ok(payload::<PropertyData>(v).doc.get()),
                Some(property_set_doc),
            ),
            (
                "__isabstractmethod__",
                |ts, v| {
                    let pd = payload::<PropertyData>(v);
                    for f in [pd.fget.get(), pd.fset.get(), pd.fdel.get()] {
                        if is_abstract(ts, &f)? {
                            return Ok(Value::TRUE);
                        }
                    }
                    Ok(Value::FALSE)
                },
                None,
            ),
        ],
    );
    set_slots(&t.staticmethod, |s| {
        s.new = Some(staticmethod_new);
        s.descr_get = Some(|_, d, _, _| Ok(payload::<StaticMethodData>(d).0.get()));
        s.call = Some(|ts, d, a, k| p::call(ts, &payload::<StaticMethodData>(d).0.get(), a, k));
    });
    add_getsets(
        &t.staticmethod,
        &[
            (
                "__func__",
                |_, v| Ok(payload::<StaticMethodData>(v).0.get()),
                None,
            ),
            (
                "__isabstractmethod__",
                |ts, v| {
                    Ok(Value::from_bool(is_abstract(
                        ts,
                        &payload::<StaticMethodData>(v).0.get(),
                    )?))
                },
                None,
            ),
        ],
    );
    set_slots(&t.classmethod, |s| {
        s.new = Some(classmethod_new);
        s.descr_get = Some(classmethod_get);
    });
    add_getsets(
        &t.classmethod,
        &[
            (
                "__func__",
                |_, v| Ok(payload::<ClassMethodData>(v).0.get()),
                None,
            ),
            (
                "__isabstractmethod__",
                |ts, v| {
                    Ok(Value::from_bool(is_abstract(
                        ts,
                        &payload::<ClassMethodData>(v).0.get(),
                    )?))
                },
                None,
            ),
        ],
    );
    add_methods(
        &t.generic_alias,
        &[
            ("__repr__", |ts, a, _| {
                need(ts, a, 1, "__repr__")?;
                generic_alias_repr(ts, &a[0])
            }),
            ("__mro_entries__", |_, a, _| {
                let origin = a
                    .first()
                    .and_then(|v| v.as_obj())
                    .and_then(|o| o.downcast::<GenericAliasData>())
                    .map_or(Value::NONE, |g| g.origin.clone());
                Ok(new_tuple(vec![origin]))
            }),
        ],
    );
    crate::types::dict_set_str(
        &type_data(&t.generic_alias).dict,
        "__module__",
        new_str("types"),
    );
    crate::types::dict_set_str(
        &type_data(&t.simple_namespace).dict,
        "__module__",
        new_str("types"),
    );
    set_slots(&t.generic_alias, |s| {
        s.repr = Some(generic_alias_repr);
        s.call = Some(|ts, v, a, k| p::call(ts, &payload::<GenericAliasData>(v).origin, a, k));
        s.new = Some(generic_alias_new);
        s.init = Some(|_, _, _, _| Ok(()));
        // CPython's ga_getattro: everything but a few names is looked up on the origin.
        s.getattro = Some(|ts, v, name| {
            let ga = payload::<GenericAliasData>(v);
            match as_str(name.as_value()).unwrap_or("") {
                "__origin__" => Ok(ga.origin.clone()),
                "__args__" => Ok(ga.args.clone()),
                "__parameters__" => Ok(new_tuple(vec![])),
                "__unpacked__" => Ok(Value::FALSE),
                "__class__"
                | "__mro_entries__"
                | "__reduce_ex__"
                | "__reduce__"
                | "__copy__"
                | "__deepcopy__"
                | "__typing_unpacked_tuple_args__" => p::generic_getattr(ts, v, name),
                _ => p::getattr(ts, &ga.origin, name),
            }
        });
        s.richcompare = Some(|ts, a, b, op| {
            let (Some(x), Some(y)) = (
                a.as_obj().and_then(|o| o.downcast::<GenericAliasData>()),
                b.as_obj().and_then(|o| o.downcast::<GenericAliasData>()),
            ) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let eq = x.origin.is(&y.origin) && p::eq(ts, &x.args, &y.args)?;
            Ok(Value::from_bool(eq == (op == CompareOp::Eq)))
        });
        s.hash = Some(|ts, v| {
            let ga = payload::<GenericAliasData>(v);
            Ok(p::hash(ts, &ga.origin)? ^ p::hash(ts, &ga.args)?)
        });
    });
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset] {
        crate::types::add_class_methods(ty, &[("__class_getitem__", class_getitem)], false);
    }
    for ty in [&t.none_type, &t.not_implemented_type, &t.ellipsis_type] {
        set_slots(ty, |s| {
            s.repr = Some(singleton_repr);
            s.hash = Some(|_, v| Ok(p::id_hash(v)));
            s.bool = Some(|_, v| Ok(!v.is_none()));
            s.new = Some(singleton_new);
        });
    }
    for ty in [&t.not_implemented_type, &t.ellipsis_type] {
        // Pickled by name: `NotImplemented.__reduce__()` is `'NotImplemented'`.
        add_methods(ty, &[("__reduce__", |ts, a, _| singleton_repr(ts, &a[0]))]);
    }
}

fn singleton_repr(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(new_str(if v.is_none() {
        "None"
    } else if v.is(&Value::NOT_IMPLEMENTED) {
        "NotImplemented"
    } else {
        "Ellipsis"
    }))
}

fn singleton_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = types();
    if !a.is_empty() {
        let name = if ty.is_same(&t.none_type) {
            "NoneType"
        } else if ty.is_same(&t.ellipsis_type) {
            "EllipsisType"
        } else {
            "NotImplementedType"
        };
        return Err(ts.type_error(format!("{name} takes no arguments")));
    }
    Ok(if ty.is_same(&t.none_type) {
        Value::NONE
    } else if ty.is_same(&t.ellipsis_type) {
        Value::ELLIPSIS
    } else {
        Value::NOT_IMPLEMENTED
    })
}

/// An attribute name argument as an interned str.
fn attr_name(ts: &ThreadState, v: &Value) -> PyResult<ObjRef> {
    match as_str(v) {
        Some(s) => Ok(intern(s)),
        None => Err(ts.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))),
    }
}

fn need(ts: &ThreadState, a: &[Value], n: usize, name: &str) -> PyResult<()> {
    if a.len() < n {
        return Err(ts.type_error(format!(
            "{}() expected {} arguments, got {}",
            name,
            n - 1,
            a.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn name_of(ts: &ThreadState, v: &Value) -> PyResult<ObjRef> {
    match as_str(v) {
        Some(s) => Ok(intern(s)),
        None => Err(ts.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))),
    }
}

/// Modifies a builtin type's slots.
pub fn set_slots(ty: &ObjRef, f: impl FnOnce(&mut Slots)) {
    type_data(ty).slots.with_mut(f);
}

/// The object of a value known to be a heap object (type-checked by the caller's slot).
pub fn obj(v: &Value) -> &ObjRef {
    match v.as_obj() {
        Some(o) => o,
        None => &types().object,
    }
}

/// The payload of a value whose type guarantees it (slot functions of that type).
pub fn payload<T: 'static>(v: &Value) -> &T {
    match v.as_obj().and_then(|o| o.downcast::<T>()) {
        Some(t) => t,
        None => payload_mismatch(),
    }
}

#[cold]
fn payload_mismatch() -> ! {
    panic!("internal error: slot called on a value of the wrong type")
}

fn identity_compare(_: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match op {
        CompareOp::Eq => Ok(Value::from_bool(a.is(b))),
        CompareOp::Ne => Ok(Value::from_bool(!a.is(b))),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn object_getattribute(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__getattribute__")?;
    p::generic_getattr(ts, &a[0], &name_of(ts, &a[1])?)
}

/// CPython's "hackcheck": `object.__setattr__` cannot bypass a type object's own setattr.
fn object_setattr_check(ts: &ThreadState, v: &Value, what: &str) -> PyResult<()> {
    if v.as_obj().is_some_and(|o| o.is::<TypeData>()) {
        return Err(ts.type_error(format!(
            "can't apply this {what} to {} object",
            type_name(v)
        )));
    }
    Ok(())
}

fn object_setattr(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 3, "__setattr__")?;
    object_setattr_check(ts, &a[0], "__setattr__")?;
    p::generic_setattr(ts, &a[0], &name_of(ts, &a[1])?, Some(a[2].clone()))?;
    Ok(Value::NONE)
}

fn object_delattr(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__delattr__")?;
    object_setattr_check(ts, &a[0], "__delattr__")?;
    p::generic_setattr(ts, &a[0], &name_of(ts, &a[1])?, None)?;
    Ok(Value::NONE)
}

fn object_eq(_: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(if a.len() > 1 && a[0].is(&a[1]) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__ne__")?;
    let r = p::richcompare(ts, &a[0], &a[1], CompareOp::Eq)?;
    if r.is(&Value::NOT_IMPLEMENTED) {
        return Ok(r);
    }
    Ok(Value::from_bool(!p::truthy(ts, &r)?))
}

fn object_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match op {
        CompareOp::Eq => Ok(if a.is(b) {
            Value::TRUE
        } else {
            Value::NOT_IMPLEMENTED
        }),
        CompareOp::Ne => {
            // `__ne__` delegates to `__eq__` and inverts the result.
            let ty = type_of(a);
            if let Some(eq) = type_lookup(ty, "__eq__") {
                let is_default = p::dict_get_str(&type_data(&types().object).dict, "__eq__")
                    .is_some_and(|o| o.is(&eq));
                if !is_default && !eq.is_none() {
                    let r = p::call(ts, &eq, &[a.clone(), b.clone()], &[])?;
                    if r.is(&Value::NOT_IMPLEMENTED) {
                        return Ok(r);
                    }
                    return Ok(Value::from_bool(!p::truthy(ts, &r)?));
                }
            }
            Ok(if a.is(b) {
                Value::FALSE
            } else {
                Value::NOT_IMPLEMENTED
            })
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn type_repr(_: &ThreadState, v: &Value) -> PyResult<Value> {
    let ty = obj(v);
    let td = type_data(ty);
    let module = p::type_module_name(ty);
    Ok(new_str(match module {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, td.qualname.get()),
        _ => format!("<class '{}'>", td.qualname.get()),
    }))
}

fn type_get_name(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(new_str(type_data(obj(v)).name()))
}

fn type_set_name(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let s = x.as_ref().and_then(|x| as_str(x)).ok_or_else(|| {
        ts.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            type_data(obj(v)).name(),
            x.as_ref().map_or_else(|| "NoneType".to_string(), type_name)
        ))
    })?;
    type_data(obj(v)).name.replace(s.to_string());
    Ok(())
}

fn type_get_qualname(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(new_str(type_data(obj(v)).qualname.get()))
}

fn type_set_qualname(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let s = x.as_ref().and_then(|x| as_str(x)).ok_or_else(|| {
        ts.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            type_data(obj(v)).name(),
            x.as_ref().map_or_else(|| "NoneType".to_string(), type_name)
        ))
    })?;
    type_data(obj(v)).qualname.replace(s.to_string());
    Ok(())
}

fn type_get_bases(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(new_tuple(
        type_data(obj(v))
            .bases
            .get()
            .into_iter()
            .map(ObjRef::into_value)
            .collect(),
    ))
}

fn type_get_base(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(type_data(obj(v))
        .base
        .get()
        .map_or(Value::NONE, ObjRef::into_value))
}

/// `type.__flags__`: the CPython `Py_TPFLAGS_*` bits that describe a class from Python's
/// side (heap type, subclassable, abstract, which builtin it derives from).
fn type_get_flags(_: &ThreadState, v: &Value) -> PyResult<Value> {
    const HEAPTYPE: i64 = 1 << 9;
    const BASETYPE: i64 = 1 << 10;
    const READY: i64 = 1 << 12;
    const HAVE_GC: i64 = 1 << 14;
    const IMMUTABLETYPE: i64 = 1 << 8;
    const IS_ABSTRACT: i64 = 1 << 20;
    let ty = obj(v);
    let td = type_data(ty);
    let mut flags = READY;
    if td.heap_type {
        flags |= HEAPTYPE | HAVE_GC;
    } else {
        flags |= IMMUTABLETYPE;
    }
    if td.base_type {
        flags |= BASETYPE;
    }
    if p::dict_get_str(&td.dict, "__abstractmethods__").is_some_and(|m| {
        crate::object::containers::as_set(&m).is_some_and(|s| s.0.with(|t| t.len()) > 0)
            || as_tuple(&m).is_some_and(|t| !t.is_empty())
    }) {
        flags |= IS_ABSTRACT;
    }
    let t = types();
    let subclass_bits: [(&ObjRef, i64); 8] = [
        (&t.int, 1 << 24),
        (&t.list, 1 << 25),
        (&t.tuple, 1 << 26),
        (&t.bytes, 1 << 27),
        (&t.str, 1 << 28),
        (&t.dict, 1 << 29),
        (&t.base_exception, 1 << 30),
        (&t.type_, 1 << 31),
    ];
    for (base, bit) in subclass_bits {
        if p::is_subtype(ty, base) {
            flags |= bit;
        }
    }
    Ok(crate::object::int::int_from_i64(flags))
}

fn type_get_mro(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(new_tuple(
        p::mro(obj(v)).into_iter().map(ObjRef::into_value).collect(),
    ))
}

fn type_get_dict(_: &ThreadState, v: &Value) -> PyResult<Value> {
    Ok(crate::builtins::dict::new_mappingproxy(
        type_data(obj(v)).dict.clone().into_value(),
    ))
}

fn type_get_doc(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let td = type_data(obj(v));
    match p::dict_get_str(&td.dict, "__doc__") {
        Some(d) => p::descr_get(ts, d, None, v),
        None => Ok(Value::NONE),
    }
}

fn type_get_module(_: &ThreadState, v: &Value) -> PyResult<Value> {
    let td = type_data(obj(v));
    match p::dict_get_str(&td.dict, "__module__") {
        Some(m) => Ok(m),
        None if !td.heap_type => Ok(new_str("builtins")),
        None => Ok(Value::NONE),
    }
}

fn type_set_module(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    p::dict_set_str(
        ts,
        &type_data(obj(v)).dict,
        "__module__",
        x.unwrap_or(Value::NONE),
    )
}

fn type_mro(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 1, "mro")?;
    Ok(new_list(
        p::mro(obj(&a[0]))
            .into_iter()
            .map(ObjRef::into_value)
            .collect(),
    ))
}

fn type_subclasses(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 1, "__subclasses__")?;
    let td = type_data(obj(&a[0]));
    let mut out = Vec::new();
    for ptr in td.subclasses.get() {
        // SAFETY: classes are immortal (see `type_new`), so recorded pointers stay valid.
        let o = unsafe { ObjRef::from_borrowed(ptr as *mut crate::object::ObjHeader) };
        out.push(o.into_value());
    }
    Ok(new_list(out))
}

fn type_instancecheck(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__instancecheck__")?;
    Ok(Value::from_bool(p::is_instance_of(&a[1], obj(&a[0]))))
}

fn type_subclasscheck(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__subclasscheck__")?;
    match a[1].as_obj().filter(|o| o.is::<TypeData>()) {
        Some(c) => Ok(Value::from_bool(p::is_subtype(c, obj(&a[0])))),
        None => Err(ts.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(_: &ThreadState, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_dict().into_value())
}

fn type_or(_: &ThreadState, a: &Value, b: &Value) -> PyResult<Value> {
    let ok = |v: &Value| v.is_none() || v.as_obj().is_some_and(|o| o.is::<TypeData>());
    if ok(a) && ok(b) {
        return Ok(new_tuple(vec![a.clone(), b.clone()]));
    }
    Ok(Value::NOT_IMPLEMENTED)
}

/// `type.__getattribute__`: data descriptors on the metatype, then the type's own MRO (with
/// `__get__(None, type)`), then other metatype attributes.
fn type_getattro(ts: &ThreadState, v: &Value, name: &ObjRef) -> PyResult<Value> {
    let ty = obj(v);
    let n = as_str(name.as_value()).unwrap_or("");
    let meta = type_of(v);
    let meta_attr = p::type_lookup_name(meta, name);
    if let Some(m) = &meta_attr {
        if p::is_data_descr(m) {
            return p::descr_get(ts, m.clone(), Some(v), meta.as_value());
        }
    }
    if let Some(a) = p::type_lookup_name(ty, name) {
        if a.as_obj().is_some_and(|o| o.is::<FunctionData>()) {
            return Ok(a);
        }
        if let Some(md) = a
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::function::MethodDescrData>())
        {
            if md.class_method {
                return Ok(crate::builtins::function::bind_builtin(md, v.clone()));
            }
            return Ok(a);
        }
        return p::descr_get(ts, a, None, v);
    }
    if let Some(m) = meta_attr {
        return p::descr_get(ts, m, Some(v), meta.as_value());
    }
    Err(p::no_attribute(ts, v, n))
}

fn type_setattro(ts: &ThreadState, v: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let ty = obj(v);
    let n = as_str(name.as_value()).unwrap_or("").to_string();
    let meta = type_of(v);
    if let Some(m) = type_lookup(meta, &n) {
        if let Some(set) = type_data(type_of(&m)).slots().descr_set {
            return set(ts, &m, v, value);
        }
    }
    let td = type_data(ty);
    if !td.heap_type {
        return Err(ts.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            td.name()
        )));
    }
    let d = td
        .dict
        .downcast::<DictData>()
        .ok_or_else(|| ts.type_error("bad type dict"))?;
    match value {
        Some(x) => p::dict_set(ts, d, name.clone().into_value(), x)?,
        None => {
            if p::dict_del(ts, d, name.as_value())?.is_none() {
                return Err(ts.attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    td.name(),
                    n
                )));
            }
        }
    }
    td.version.set(td.version.get().wrapping_add(1));
    p::invalidate_type_cache();
    if n.starts_with("__") && n.ends_with("__") {
        refresh_slots_recursive(ty);
    }
    Ok(())
}

fn refresh_slots_recursive(ty: &ObjRef) {
    let td = type_data(ty);
    if td.heap_type {
        crate::slots::update_slots(ty);
    }
    for sub in td.subclasses.get() {
        // SAFETY: classes are immortal, so recorded subclass pointers stay valid.
        let o = unsafe { ObjRef::from_borrowed(sub as *mut crate::object::ObjHeader) };
        refresh_slots_recursive(&o);
    }
}

/// CPython's `solid_base`: the nearest class in `t`'s base chain (`t` included) whose
/// instances carry more than its base's.
fn solid_base(t: &ObjRef) -> ObjRef {
    let td = type_data(t);
    match td.base.get() {
        Some(b) => {
            let bd = type_data(&b);
            let adds = td.payload_id != bd.payload_id
                || td.slot_count != bd.slot_count
                || crate::builtins::exceptions::adds_fields(td);
            if adds {
                t.clone()
            } else {
                solid_base(&b)
            }
        }
        None => t.clone(),
    }
}

/// CPython's `best_base`: the base whose solid base derives from every other base's;
/// the first such base on ties.
fn best_base(ts: &ThreadState, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let Some(mut best) = bases.first().cloned() else {
        return Err(ts.type_error("a class needs at least one base"));
    };
    let mut winner = solid_base(&best);
    for b in &bases[1..] {
        let candidate = solid_base(b);
        if p::is_subtype(&winner, &candidate) {
            continue;
        }
        if !p::is_subtype(&candidate, &winner) {
            return Err(ts.type_error("multiple bases have instance lay-out conflict"));
        }
        winner = candidate;
        best = b.clone();
    }
    Ok(best)
}

/// `object.__new__(cls, ...)`.
fn object_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let td = type_data(ty);
    if !args.is_empty() || !kwnames.is_empty() {
        let s = *td.slots();
        if s.new
            .is_some_and(|f| f as usize != object_new as *const () as usize)
        {
            return Err(ts.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if s.init
            .is_some_and(|f| f as usize == object_init as *const () as usize)
        {
            return Err(ts.type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    if td.payload_id != TypeId::of::<ObjectData>() {
        return Err(ts.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.name()
        )));
    }
    check_not_abstract(ts, ty)?;
    Ok(new_instance(ty))
}

/// `object.__new__` refuses classes with abstract methods (those whose `__abstractmethods__`
/// is non-empty, as `abc.ABCMeta` sets it), with CPython 3.11's message.
fn check_not_abstract(ts: &ThreadState, ty: &ObjRef) -> PyResult<()> {
    let td = type_data(ty);
    if !td.heap_type {
        return Ok(());
    }
    let Some(am) = p::dict_get_str(&td.dict, "__abstractmethods__") else {
        return Ok(());
    };
    if !p::truthy(ts, &am)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for n in p::collect(ts, &am)? {
        names.push(p::str_string(ts, &n)?);
    }
    names.sort();
    Err(ts.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        td.name(),
        if names.len() > 1 { "s" } else { "" },
        names.join(", ")
    )))
}

/// Allocates a plain instance of a class (with a `__dict__` when the class has one).
pub fn new_instance(ty: &ObjRef) -> Value {
    let o = alloc(ty, ObjectData);
    let td = type_data(ty);
    if td.has_dict {
        o.set_dict(Some(new_dict()));
    }
    o.into_value()
}

/// What a class statement's `__slots__` (or its absence) makes of the instance layout.
struct SlotLayout {
    /// Member slot names this class adds (mangled, sorted).
    members: Vec<String>,
    /// Slots inherited from the bases (index of the first new member).
    base_count: usize,
    /// Total member slots of instances.
    slot_count: usize,
    has_dict: bool,
    has_weakref: bool,
    /// This class introduces the `__dict__` / `__weakref__` attribute descriptors.
    adds_dict: bool,
    adds_weakref: bool,
}

/// Reads `__slots__` from a new class's namespace, checks it as CPython does and reserves
/// the namespace entries of the member descriptors (filled in once the class exists).
fn slot_layout(
    ts: &ThreadState,
    class_name: &str,
    bases: &[ObjRef],
    solid: &ObjRef,
    dict: &ObjRef,
) -> PyResult<SlotLayout> {
    // The base with the most slots decides the slot layout; any other base adding slots
    // must be one of its ancestors.
    let Some(mut best) = bases.first() else {
        return Err(ts.type_error("a class needs at least one base"));
    };
    for b in bases {
        if type_data(b).slot_count > type_data(best).slot_count {
            best = b;
        }
    }
    for b in bases {
        if type_data(b).slot_count != 0 && !p::is_subtype(best, b) {
            return Err(ts.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let base_count = type_data(best).slot_count;
    // Builtin payloads whose instances carry a `__dict__` / accept weak references.
    let payload_in = |b: &ObjRef, ids: &[TypeId]| ids.contains(&type_data(b).payload_id);
    let base_has_dict = bases.iter().any(|b| {
        type_data(b).has_dict
            || payload_in(
                b,
                &[
                    TypeId::of::<crate::object::misc::ExceptionData>(),
                    TypeId::of::<TypeData>(),
                    TypeId::of::<crate::object::misc::ModuleData>(),
                ],
            )
    });
    let base_has_weakref = bases.iter().any(|b| {
        type_data(b).has_weakref
            || payload_in(
                b,
                &[
                    TypeId::of::<TypeData>(),
                    TypeId::of::<crate::object::misc::ModuleData>(),
                    TypeId::of::<crate::object::containers::SetData>(),
                ],
            )
    });
    let Some(sl) = p::dict_get_str(dict, "__slots__") else {
        let layout = SlotLayout {
            members: Vec::new(),
            base_count,
            slot_count: base_count,
            has_dict: true,
            has_weakref: true,
            adds_dict: !base_has_dict,
            adds_weakref: !base_has_weakref,
        };
        reserve_layout_entries(ts, dict, &layout)?;
        return Ok(layout);
    };
    let items = if as_str(&sl).is_some() {
        vec![sl.clone()]
    } else {
        p::collect(ts, &sl)?
    };
    let mut layout = SlotLayout {
        members: Vec::new(),
        base_count,
        slot_count: base_count,
        has_dict: base_has_dict,
        has_weakref: base_has_weakref,
        adds_dict: false,
        adds_weakref: false,
    };
    let mut saw_dict = false;
    let mut saw_weakref = false;
    for it in &items {
        let Some(s) = as_str(it) else {
            return Err(ts.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                type_name(it)
            )));
        };
        if !crate::builtins::str::is_identifier(s) {
            return Err(ts.type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" => {
                if base_has_dict || saw_dict {
                    return Err(ts.type_error("__dict__ slot disallowed: we already got one"));
                }
                saw_dict = true;
                layout.has_dict = true;
                layout.adds_dict = true;
            }
            "__weakref__" => {
                if base_has_weakref || saw_weakref {
                    return Err(ts.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                saw_weakref = true;
                layout.has_weakref = true;
                layout.adds_weakref = true;
            }
            _ => {
                if p::dict_get_str(dict, s).is_some() {
                    return Err(
                        ts.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                    );
                }
                layout.members.push(mangle_slot(class_name, s));
            }
        }
    }
    if !layout.members.is_empty() {
        let payload = type_data(solid).payload_id;
        if payload == TypeId::of::<crate::object::int::IntData>()
            || payload == TypeId::of::<crate::object::containers::TupleData>()
            || payload == TypeId::of::<crate::object::containers::BytesData>()
        {
            return Err(ts.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                type_data(solid).name()
            )));
        }
    }
    layout.members.sort();
    layout.slot_count = base_count + layout.members.len();
    reserve_layout_entries(ts, dict, &layout)?;
    Ok(layout)
}

/// Reserves the namespace entries of the member, `__dict__` and `__weakref__` descriptors
/// in CPython's order (after `__slots__`, before `__doc__`); `install_layout_descriptors`
/// fills them once the class exists.
fn reserve_layout_entries(ts: &ThreadState, dict: &ObjRef, layout: &SlotLayout) -> PyResult<()> {
    for m in &layout.members {
        p::dict_set_str(ts, dict, m, Value::NONE)?;
    }
    if layout.adds_dict {
        p::dict_set_str(ts, dict, "__dict__", Value::NONE)?;
    }
    if layout.adds_weakref {
        p::dict_set_str(ts, dict, "__weakref__", Value::NONE)?;
    }
    Ok(())
}

/// Puts the member descriptors and the `__dict__`/`__weakref__` getsets on a new class.
fn install_layout_descriptors(ts: &ThreadState, ty: &ObjRef, layout: &SlotLayout) -> PyResult<()> {
    let dict = &type_data(ty).dict;
    for (i, slot) in layout.members.iter().enumerate() {
        let member = alloc(
            &types().member_descr,
            crate::object::member::MemberDescrData {
                name: intern(slot),
                owner: ty.clone(),
                index: layout.base_count + i,
            },
        );
        p::dict_set_str(ts, dict, slot, member.into_value())?;
    }
    if layout.adds_dict {
        let d = alloc(
            &types().getset_descr,
            GetSetDescrData {
                name: "__dict__",
                get: object_get_dict,
                set: Some(object_set_dict),
                owner: ty.clone(),
            },
        );
        p::dict_set_str(ts, dict, "__dict__", d.into_value())?;
    }
    if layout.adds_weakref {
        let d = alloc(
            &types().getset_descr,
            GetSetDescrData {
                name: "__weakref__",
                get: |_, v| {
                    let first = v
                        .as_obj()
                        .and_then(|o| crate::object::weakref::refs_to(o).into_iter().next());
                    Ok(first.map_or(Value::NONE, ObjRef::into_value))
                },
                set: None,
                owner: ty.clone(),
            },
        );
        p::dict_set_str(ts, dict, "__weakref__", d.into_value())?;
    }
    Ok(())
}

/// Private-name mangling of a slot name (`__x` in class `C` is `_C__x`).
fn mangle_slot(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if name.starts_with("__") && !name.ends_with("__") && !stripped.is_empty() {
        format!("_{stripped}{name}")
    } else {
        name.to_string()
    }
}

fn object_new_fn(ts: &ThreadState, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(ty) = args
        .first()
        .and_then(Value::as_obj)
        .filter(|o| o.is::<TypeData>())
    else {
        return Err(ts.type_error(match args.first() {
            Some(x) => format!(
                "object.__new__(X): X is not a type object ({})",
                type_name(x)
            ),
            None => "object.__new__(): not enough arguments".to_string(),
        }));
    };
    let ty = ty.clone();
    let td = type_data(&ty);
    if td.payload_id != TypeId::of::<ObjectData>() {
        return Err(ts.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.name()
        )));
    }
    if (args.len() > 1 || !kwnames.is_empty())
        && td
            .slots()
            .init
            .is_some_and(|f| f as usize == object_init as *const () as usize)
    {
        return Err(ts.type_error(format!("{}() takes no arguments", td.name())));
    }
    check_not_abstract(ts, &ty)?;
    Ok(new_instance(&ty))
}

/// `object.__sizeof__`: CPython's basic size of a plain instance (header, member slots and
/// the weak reference list; 3.11 keeps the `__dict__` pointer before the object).
fn object_sizeof(ts: &ThreadState, args: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, args, 1, "__sizeof__")?;
    let td = type_data(type_of(&args[0]));
    let mut size = 16 + 8 * td.slot_count;
    if td.heap_type && td.has_weakref {
        size += 8;
    }
    // Builtin containers and strings: a word per item as an estimate (their length runs no
    // Python code), so a bigger container reports a bigger size, as in CPython.
    if !td.heap_type && td.slots().len.is_some() {
        size += 8 * p::len(ts, &args[0]).unwrap_or(0);
    }
    Ok(crate::object::int::int_from_i64(size as i64))
}

fn object_init(ts: &ThreadState, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if args.is_empty() && kwnames.is_empty() {
        return Ok(());
    }
    let ty = type_of(v);
    let s = type_data(ty).slots();
    if s.init
        .is_some_and(|f| f as usize != object_init as *const () as usize)
    {
        return Err(ts.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if s.new
        .is_some_and(|f| f as usize == object_new as *const () as usize)
    {
        return Err(ts.type_error(format!("{}() takes no arguments", type_data(ty).name())));
    }
    Ok(())
}

fn object_get_dict(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let td = type_data(type_of(v));
    if td.heap_type && !td.has_dict {
        return Err(ts.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            type_name(v)
        )));
    }
    if let Some(o) = v.as_obj().filter(|o| o.dict().is_none()) {
        if td.heap_type {
            let old = o.set_dict(Some(new_dict()));
            drop(old);
        }
    }
    match v.as_obj().and_then(ObjRef::dict) {
        Some(d) => Ok(d.into_value()),
        None => Err(ts.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            type_name(v)
        ))),
    }
}

fn object_set_dict(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(o) = v.as_obj() else {
        return Err(ts.attribute_error("__dict__"));
    };
    match x {
        Some(d) if as_dict(&d).is_some() => {
            let old = o.set_dict(d.as_obj().cloned());
            drop(old);
            Ok(())
        }
        other => Err(ts.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            other
                .as_ref()
                .map_or_else(|| "NoneType".to_string(), type_name)
        ))),
    }
}

fn object_set_class(ts: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(new_ty) = x
        .as_ref()
        .and_then(Value::as_obj)
        .filter(|o| o.is::<TypeData>())
    else {
        return Err(ts.type_error("__class__ must be set to a class"));
    };
    let Some(o) = v.as_obj() else {
        return Err(ts.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    let old = type_of(v);
    if !type_data(new_ty).heap_type || !type_data(old).heap_type {
        return Err(ts.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if type_data(new_ty).payload_id != type_data(old).payload_id
        || type_data(new_ty).slot_count != type_data(old).slot_count
        || type_data(new_ty).has_dict != type_data(old).has_dict
        || !type_data(new_ty).heap_type
        || !type_data(old).heap_type
    {
        return Err(ts.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            type_data(new_ty).name(),
            type_data(old).name()
        )));
    }
    o.set_type(new_ty);
    Ok(())
}

fn object_reduce_ex(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__reduce_ex__")?;
    let v = &a[0];
    let protocol = p::index_i64(ts, &a[1])?;
    // A class that overrides `__reduce__` (`random.Random`) is reduced by it, as in CPython.
    let object_reduce = p::dict_get_str(&type_data(&types().object).dict, "__reduce__");
    let reduce = type_lookup(type_of(v), "__reduce__");
    if let (Some(r), Some(o)) = (&reduce, &object_reduce) {
        if !r.is(o) {
            return p::call_method(ts, v, "__reduce__", &[]);
        }
    }
    object_common_reduce(ts, v, protocol)
}

/// A function of `copyreg` (where CPython's reduce helpers live).
fn copyreg_function(ts: &ThreadState, name: &str) -> PyResult<Value> {
    let copyreg = crate::import::import_module(ts, "copyreg")?;
    p::getattr_str(ts, &copyreg, name)
}

/// CPython's `_common_reduce`: `copyreg._reduce_ex` below protocol 2, else `reduce_newobj`.
fn object_common_reduce(ts: &ThreadState, v: &Value, protocol: i64) -> PyResult<Value> {
    if protocol < 2 {
        let f = copyreg_function(ts, "_reduce_ex")?;
        return p::call(
            ts,
            &f,
            &[v.clone(), crate::object::int::int_from_i64(protocol)],
            &[],
        );
    }
    let cls = type_of(v).clone();
    if type_data(&cls).slots().new.is_none() {
        return Err(ts.type_error(format!("cannot pickle '{}' object", type_name(v))));
    }
    let (args, kwargs) = match p::lookup_special(ts, v, "__getnewargs_ex__")? {
        Some(f) => {
            let r = p::call(ts, &f, &[], &[])?;
            match as_tuple(&r) {
                Some([args, kwargs]) => (args.clone(), Some(kwargs.clone())),
                _ => {
                    return Err(ts.type_error(format!(
                        "__getnewargs_ex__ should return a tuple of length 2, not '{}'",
                        type_name(&r)
                    )))
                }
            }
        }
        None => match p::lookup_special(ts, v, "__getnewargs__")? {
            Some(f) => {
                let r = p::call(ts, &f, &[], &[])?;
                if as_tuple(&r).is_none() {
                    return Err(ts.type_error(format!(
                        "__getnewargs__ should return a tuple, not '{}'",
                        type_name(&r)
                    )));
                }
                (r, None)
            }
            None => (new_tuple(Vec::new()), None),
        },
    };
    let args_items = as_tuple(&args).map(<[Value]>::to_vec).unwrap_or_default();
    let is_list = p::is_instance_of(v, &types().list);
    let is_dict = p::is_instance_of(v, &types().dict);
    let required = args_items.is_empty() && !is_list && !is_dict;
    let state = match p::lookup_special(ts, v, "__getstate__")? {
        Some(f) if !required => p::call(ts, &f, &[], &[])?,
        Some(f) => {
            let default = p::dict_get_str(&type_data(&types().object).dict, "__getstate__");
            let own = type_lookup(&cls, "__getstate__");
            if own.is_some() && own.as_ref().map(Value::bits) == default.as_ref().map(Value::bits) {
                object_getstate(ts, v, true)?
            } else {
                p::call(ts, &f, &[], &[])?
            }
        }
        None => Value::NONE,
    };
    let listitems = if is_list {
        p::get_iter(ts, v)?
    } else {
        Value::NONE
    };
    let dictitems = if is_dict {
        let items = p::call_method(ts, v, "items", &[])?;
        p::get_iter(ts, &items)?
    } else {
        Value::NONE
    };
    let has_kwargs = match &kwargs {
        Some(k) => p::truthy(ts, k)?,
        None => false,
    };
    let (newobj, newargs) = if has_kwargs {
        (
            copyreg_function(ts, "__newobj_ex__")?,
            new_tuple(vec![cls.into_value(), args, kwargs.unwrap_or(Value::NONE)]),
        )
    } else {
        let mut items = vec![cls.into_value()];
        items.extend(args_items);
        (copyreg_function(ts, "__newobj__")?, new_tuple(items))
    };
    Ok(new_tuple(vec![
        newobj, newargs, state, listitems, dictitems,
    ]))
}

/// `object.__getstate__()`: the instance dict (None when empty) and, for `__slots__`
/// classes, a dict of the set slots; `required` (pickling without `__getnewargs__`)
/// refuses objects of builtin types whose state it cannot see.
fn object_getstate(ts: &ThreadState, v: &Value, required: bool) -> PyResult<Value> {
    let cls = type_of(v).clone();
    if required && !type_data(&cls).heap_type && !cls.is_same(&types().object) {
        return Err(ts.type_error(format!("cannot pickle '{}' object", type_name(v))));
    }
    let state = match v.as_obj().and_then(ObjRef::dict) {
        Some(d)
            if d.downcast::<DictData>()
                .is_some_and(|t| t.0.with(|t| t.len()) > 0) =>
        {
            d.into_value()
        }
        _ => Value::NONE,
    };
    let slotnames = p::call(
        ts,
        &copyreg_function(ts, "_slotnames")?,
        &[cls.into_value()],
        &[],
    )?;
    let names = p::collect(ts, &slotnames)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = new_dict();
    let mut any = false;
    for name in names {
        let Some(n) = as_str(&name) else { continue };
        if let Some(value) = p::getattr_opt(ts, v, n)? {
            p::dict_set_str(ts, &slots, n, value)?;
            any = true;
        }
    }
    if !any {
        return Ok(state);
    }
    Ok(new_tuple(vec![state, slots.into_value()]))
}

fn object_dir(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 1, "__dir__")?;
    let v = &a[0];
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &ObjRef| {
        if let Some(dd) = d.downcast::<DictData>() {
            dd.0.with(|t| {
                for e in t.iter() {
                    if let Some(s) = as_str(&e.key) {
                        names.push(s.to_string());
                    }
                }
            });
        }
    };
    if let Some(d) = v.as_obj().and_then(ObjRef::dict) {
        add_dict(&d);
    }
    let ty = if v.as_obj().is_some_and(|o| o.is::<TypeData>()) {
        obj(v).clone()
    } else {
        type_of(v).clone()
    };
    for t in p::mro(&ty) {
        add_dict(&type_data(&t).dict);
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(new_str).collect()))
}

fn object_format(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__format__")?;
    let spec = as_str(&a[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(ts.type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&a[0])
        )));
    }
    p::str_(ts, &a[0])
}

// ---- class creation -------------------------------------------------------------------

/// `type(name, bases, dict)` / metaclass `__new__`.
fn type_new_slot(
    ts: &ThreadState,
    meta: &ObjRef,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let pos = &args[..npos];
    if pos.len() == 1 && kwnames.is_empty() && meta.is_same(&types().type_) {
        return Ok(type_of(&pos[0]).clone().into_value());
    }
    if pos.len() != 3 {
        return Err(ts.type_error("type() takes 1 or 3 arguments"));
    }
    type_new_kw(ts, meta, &pos[0], &pos[1], &pos[2], &args[npos..], kwnames)
}

/// Computes the C3 linearization (without the class itself) of a class with these bases.
pub fn c3_mro(ts: &ThreadState, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(p::mro).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is_same(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases.iter().map(|b| type_data(b).name()).collect();
            return Err(ts.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if s[0].is_same(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Creates a class, passing class keyword arguments on to `__init_subclass__`.
pub fn type_new_kw(
    ts: &ThreadState,
    meta: &ObjRef,
    name: &Value,
    bases: &Value,
    ns: &Value,
    kwvalues: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let name_s = as_str(name)
        .ok_or_else(|| {
            ts.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                type_name(name)
            ))
        })?
        .to_string();
    let bases_v = as_tuple(bases)
        .ok_or_else(|| {
            ts.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                type_name(bases)
            ))
        })?
        .to_vec();
    if as_dict(ns).is_none() {
        return Err(ts.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name(ns)
        )));
    }
    let mut base_types: Vec<ObjRef> = Vec::new();
    for b in &bases_v {
        match b.as_obj().filter(|o| o.is::<TypeData>()) {
            Some(t) => {
                if !type_data(t).base_type {
                    return Err(ts.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        p::tp_name(t)
                    )));
                }
                if base_types.iter().any(|x| x.is_same(t)) {
                    return Err(ts.type_error(format!(
                        "duplicate base class {}",
                        type_data(t).name()
                    )));
                }
                base_types.push(t.clone());
            }
            None => return Err(ts.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")),
        }
    }
    if base_types.is_empty() {
        base_types.push(types().object.clone());
    }
    // The most derived metaclass wins; if it is not `meta` and has its own `__new__`, that
    // makes the class (CPython's _PyType_CalculateMetaclass in type_new).
    let mut winner = meta.clone();
    for b in &base_types {
        let bt = type_of(b.as_value());
        if p::is_subtype(&winner, bt) {
            continue;
        }
        if p::is_subtype(bt, &winner) {
            winner = bt.clone();
            continue;
        }
        return Err(ts.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    if !winner.is_same(meta) {
        let own_new = type_lookup(&winner, "__new__").filter(|f| {
            !f.as_obj()
                .is_some_and(|o| o.is::<crate::object::function::BuiltinFunctionData>())
        });
        if let Some(new) = own_new {
            let f = p::descr_get(ts, new, None, winner.as_value())?;
            let mut all = vec![
                winner.clone().into_value(),
                name.clone(),
                bases.clone(),
                ns.clone(),
            ];
            all.extend_from_slice(kwvalues);
            return p::call(ts, &f, &all, kwnames);
        }
    }
    let meta = &winner;
    // The best base (CPython's `best_base`) gives the instance layout and `__base__`.
    let solid = best_base(ts, &base_types)?;
    let mro_tail = c3_mro(ts, &base_types)?;
    // Copy the namespace into a fresh dict.
    let dict = new_dict();
    let dd = dict
        .downcast::<DictData>()
        .ok_or_else(|| ts.type_error("dict"))?;
    for (k, v) in crate::builtins::dict::mapping_items(ts, ns)? {
        p::dict_set(ts, dd, k, v)?;
    }
    let mut qualname = name_s.clone();
    if let Some(q) = p::dict_del(ts, dd, &new_str("__qualname__"))? {
        qualname = as_str(&q)
            .ok_or_else(|| {
                ts.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_name(&q)
                ))
            })?
            .to_string();
    }
    let classcell = p::dict_del(ts, dd, &new_str("__classcell__"))?;
    if p::dict_get_str(&dict, "__module__").is_none() {
        if let Some(m) = current_globals_name(ts) {
            p::dict_set_str(ts, &dict, "__module__", m)?;
        }
    }
    let layout = slot_layout(ts, &name_s, &base_types, &solid, &dict)?;
    if p::dict_get_str(&dict, "__doc__").is_none() {
        p::dict_set_str(ts, &dict, "__doc__", Value::NONE)?;
    }
    // __new__ is an implicit staticmethod; __init_subclass__/__class_getitem__ implicit
    // classmethods.
    if let Some(f) = p::dict_get_str(&dict, "__new__") {
        if f.as_obj().is_some_and(|o| o.is::<FunctionData>()) {
            let sm = alloc(&types().staticmethod, StaticMethodData(PyCell::new(f))).into_value();
            p::dict_set_str(ts, &dict, "__new__", sm)?;
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = p::dict_get_str(&dict, cm) {
            if f.as_obj().is_some_and(|o| o.is::<FunctionData>()) {
                let c = alloc(&types().classmethod, ClassMethodData(PyCell::new(f))).into_value();
                p::dict_set_str(ts, &dict, cm, c)?;
            }
        }
    }
    // __eq__ without __hash__ makes instances unhashable.
    if p::dict_get_str(&dict, "__eq__").is_some() && p::dict_get_str(&dict, "__hash__").is_none() {
        p::dict_set_str(ts, &dict, "__hash__", Value::NONE)?;
    }
    let sd = type_data(&solid);
    let td = TypeData {
        name: PyCell::new(name_s),
        qualname: PyCell::new(qualname),
        bases: PyCell::new(base_types.clone()),
        base: PyCell::new(Some(solid.clone())),
        mro_tail: PyCell::new(mro_tail),
        dict,
        payload_id: sd.payload_id,
        dealloc: sd.dealloc,
        slots: PyCell::new(*sd.slots()),
        heap_type: true,
        has_dict: layout.has_dict,
        base_type: true,
        finalizer: Cell::new(false),
        version: Cell::new(1),
        subclasses: PyCell::new(Vec::new()),
        slot_count: layout.slot_count,
        has_weakref: layout.has_weakref,
        self_bits: Cell::new(0),
    };
    let ty = alloc(meta, td);
    p::invalidate_type_cache();
    type_data(&ty).self_bits.set(ty.as_value().bits());
    install_layout_descriptors(ts, &ty, &layout)?;
    // A metaclass overriding `mro()` decides the MRO (CPython's mro_invoke).
    if let Some(m) =
        type_lookup(meta, "mro").filter(|m| m.as_obj().is_some_and(|o| o.is::<FunctionData>()))
    {
        let r = p::call(ts, &m, &[ty.clone().into_value()], &[])?;
        let mut tail = Vec::new();
        for (i, k) in p::collect(ts, &r)?.into_iter().enumerate() {
            let Some(k) = k.as_obj().filter(|o| o.is::<TypeData>()).cloned() else {
                return Err(
                    ts.type_error(format!("mro() returned a non-class ('{}')", type_name(&k)))
                );
            };
            if i == 0 && k.is_same(&ty) {
                continue;
            }
            tail.push(k);
        }
        let old = type_data(&ty).mro_tail.replace(tail);
        drop(old);
        p::invalidate_type_cache();
    }
    // Without a cycle collector classes (which refer to themselves through their methods'
    // globals and `__class__` cells) would leak anyway; making them immortal keeps the
    // `__subclasses__` registry valid.
    ty.make_immortal();
    for b in &base_types {
        type_data(b)
            .subclasses
            .with_mut(|s| s.push(ty.as_ptr() as usize));
    }
    crate::slots::update_slots(&ty);
    if let Some(cell) = classcell {
        match cell.as_obj().and_then(|o| o.downcast::<CellData>()) {
            Some(c) => {
                let old = c.0.replace(ty.clone().into_value());
                drop(old);
            }
            None => {
                return Err(ts.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    type_name(&cell)
                )))
            }
        }
    }
    // __set_name__ on attributes.
    let items: Vec<(Value, Value)> = type_data(&ty)
        .dict
        .downcast::<DictData>()
        .map(|d| {
            d.0.with(|t| t.iter().map(|e| (e.key.clone(), e.value.clone())).collect())
        })
        .unwrap_or_default();
    for (k, v) in items {
        if let Some(m) = p::lookup_special(ts, &v, "__set_name__")? {
            if let Err(e) = p::call(ts, &m, &[ty.clone().into_value(), k.clone()], &[]) {
                let err = ts.runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    type_name(&v),
                    p::repr_string(ts, &k)?,
                    type_data(&ty).name()
                ));
                p::setattr(
                    ts,
                    err.value(),
                    &intern("__cause__"),
                    Some(e.value().clone()),
                )?;
                p::setattr(
                    ts,
                    err.value(),
                    &intern("__context__"),
                    Some(e.value().clone()),
                )?;
                return Err(err);
            }
        }
    }
    // __init_subclass__ of the parent.
    let sup = new_super(&ty, &ty.clone().into_value());
    if let Some(f) = super_lookup(ts, &sup, "__init_subclass__")? {
        p::call(ts, &f, kwvalues, kwnames)?;
    }
    Ok(ty.into_value())
}

fn current_globals_name(ts: &ThreadState) -> Option<Value> {
    let f = ts.current_frame.get();
    if f.is_null() {
        return None;
    }
    // SAFETY: the current frame is initialised while it runs.
    let g = unsafe { &(*f).globals };
    g.as_obj().and_then(|d| p::dict_get_str(d, "__name__"))
}

/// Whether a wrapped callable is marked abstract (`f.__isabstractmethod__` is true), as the
/// `property`/`staticmethod`/`classmethod` wrappers report it for `abc`.
fn is_abstract(ts: &ThreadState, f: &Value) -> PyResult<bool> {
    if f.is_null() || f.is_none() {
        return Ok(false);
    }
    match p::getattr_opt(ts, f, "__isabstractmethod__")? {
        Some(v) => p::truthy(ts, &v),
        None => Ok(false),
    }
}

/// `builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(ts: &ThreadState, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(args, kwnames);
    if pos.len() < 2 {
        return Err(ts.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let name = &pos[1];
    if !func.as_obj().is_some_and(|o| o.is::<FunctionData>()) {
        return Err(ts.type_error("__build_class__: func must be a function"));
    }
    if as_str(name).is_none() {
        return Err(ts.type_error("__build_class__: name is not a string"));
    }
    let bases_in: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases = Vec::new();
    let mut replaced = false;
    for b in &bases_in {
        if b.as_obj().is_some_and(|o| o.is::<TypeData>()) {
            bases.push(b.clone());
        } else if let Some(m) = p::getattr_opt(ts, b, "__mro_entries__")? {
            let r = p::call(ts, &m, &[new_tuple(bases_in.clone())], &[])?;
            let Some(entries) = as_tuple(&r) else {
                return Err(ts.type_error("__mro_entries__ must return a tuple"));
            };
            bases.extend(entries.iter().cloned());
            replaced = true;
        } else {
            bases.push(b.clone());
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwnames_out = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in kw {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames_out.push(new_str(k));
            kwvals.push(v.clone());
        }
    }
    let mut meta = meta.unwrap_or_else(|| {
        bases.first().map_or_else(
            || types().type_.clone().into_value(),
            |b| type_of(b).clone().into_value(),
        )
    });
    if meta.as_obj().is_some_and(|o| o.is::<TypeData>()) {
        let mut winner = obj(&meta).clone();
        for b in &bases {
            let bt = type_of(b);
            if p::is_subtype(&winner, bt) {
                continue;
            }
            if p::is_subtype(bt, &winner) {
                winner = bt.clone();
                continue;
            }
            return Err(ts.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
        }
        meta = winner.into_value();
    }
    let bases_t = new_tuple(bases);
    let ns = match p::getattr_opt(ts, &meta, "__prepare__")? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kwvals.iter().cloned());
            let ns = p::call(ts, &prep, &a, &kwnames_out)?;
            if type_data(type_of(&ns)).slots().getitem.is_none() {
                let mname = meta
                    .as_obj()
                    .and_then(|o| o.downcast::<TypeData>())
                    .map_or_else(|| type_name(&meta), TypeData::name);
                return Err(ts.type_error(format!(
                    "{mname}.__prepare__() must return a mapping, not {}",
                    type_name(&ns)
                )));
            }
            ns
        }
        None => new_dict().into_value(),
    };
    if replaced {
        // The bases as written, before `__mro_entries__` replaced some (PEP 560).
        p::setitem(ts, &ns, &new_str("__orig_bases__"), new_tuple(bases_in))?;
    }
    // Run the body with `ns` as its locals.
    let fobj = func
        .as_obj()
        .filter(|o| o.is::<FunctionData>())
        .ok_or_else(|| ts.type_error("__build_class__: func must be a function"))?;
    // SAFETY: checked above.
    let fd = unsafe { fobj.downcast_unchecked::<FunctionData>() };
    let code_obj = fd.code.get();
    // SAFETY: `__code__` is a code object.
    let code = unsafe { code_obj.downcast_unchecked::<CodeData>() };
    let frame = crate::call::push_frame(ts, fobj.clone(), fd, code_obj.clone(), code)?;
    // SAFETY: fresh frame: set its locals mapping (was NULL).
    unsafe { (*frame).locals = ns.clone() };
    let cell = crate::eval::run_frame(ts, frame)?;
    let _ = InterpreterFrame::localsplus;
    let mut a = vec![name.clone(), bases_t, ns];
    a.extend(kwvals);
    let cls = p::call(ts, &meta, &a, &kwnames_out)?;
    if let Some(c) = cell.as_obj().and_then(|o| o.downcast::<CellData>()) {
        let cur = c.0.get();
        if cur.is_null() || cur.is_none() {
            let old = c.0.replace(cls.clone());
            drop(old);
        }
    }
    Ok(cls)
}

// ---- super ----------------------------------------------------------------------------

fn new_super(ty: &ObjRef, obj_: &Value) -> Value {
    let obj_type =
        if obj_.as_obj().is_some_and(|o| o.is::<TypeData>()) && p::is_subtype(obj(obj_), ty) {
            obj_.clone()
        } else {
            type_of(obj_).clone().into_value()
        };
    alloc(
        &types().super_,
        SuperData {
            type_: ty.clone().into_value(),
            obj: obj_.clone(),
            obj_type,
        },
    )
    .into_value()
}

fn super_repr(_: &ThreadState, v: &Value) -> PyResult<Value> {
    let sd = payload::<SuperData>(v);
    Ok(new_str(format!(
        "<super: <class '{}'>, <{} object>>",
        type_data(obj(&sd.type_)).name(),
        type_data(type_of(&sd.obj)).name()
    )))
}

fn super_new(ts: &ThreadState, ty: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::call::no_kwargs(ts, "super", kwnames)?;
    if args.len() > 2 {
        return Err(ts.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let (t, o) = match args.len() {
        0 => zero_arg_super(ts)?,
        1 => (args[0].clone(), Value::NONE),
        _ => (args[0].clone(), args[1].clone()),
    };
    let Some(tt) = t.as_obj().filter(|x| x.is::<TypeData>()) else {
        return Err(ts.type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(&t)
        )));
    };
    let obj_type = if o.is_none() {
        Value::NONE
    } else if o.as_obj().is_some_and(|x| x.is::<TypeData>()) && p::is_subtype(obj(&o), tt) {
        o.clone()
    } else if p::is_instance_of(&o, tt) {
        type_of(&o).clone().into_value()
    } else {
        return Err(ts.type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(alloc(
        ty,
        SuperData {
            type_: t.clone(),
            obj: o,
            obj_type,
        },
    )
    .into_value())
}

/// Finds `__class__` and the first argument of the calling frame.
fn zero_arg_super(ts: &ThreadState) -> PyResult<(Value, Value)> {
    use ferrum_bytecode::code::{flags, local_kind};
    let f = ts.current_frame.get();
    if f.is_null() {
        return Err(ts.runtime_error("super(): no current frame"));
    }
    // SAFETY: the current frame is initialised while its code calls super().
    unsafe {
        let code = InterpreterFrame::code(f);
        let co = &code.code;
        if co.argcount == 0 && co.flags & flags::VARARGS == 0 {
            return Err(ts.runtime_error("super(): no arguments"));
        }
        let lp = InterpreterFrame::localsplus(f);
        let mut first = (*lp).clone();
        if co
            .localspluskinds
            .first()
            .is_some_and(|k| k & local_kind::CELL != 0)
        {
            if let Some(c) = first.as_obj().and_then(|o| o.downcast::<CellData>()) {
                first = c.0.get();
            }
        }
        if first.is_null() {
            return Err(ts.runtime_error("super(): arg[0] deleted"));
        }
        for (i, n) in co.localsplusnames.iter().enumerate() {
            if &**n == "__class__" && co.localspluskinds[i] & local_kind::FREE != 0 {
                let cell = (*lp.add(i)).clone();
                let cls = cell
                    .as_obj()
                    .and_then(|o| o.downcast::<CellData>())
                    .map(|c| c.0.get());
                return match cls {
                    Some(c) if !c.is_null() => Ok((c, first)),
                    _ => Err(ts.runtime_error("super(): empty __class__ cell")),
                };
            }
        }
        Err(ts.runtime_error("super(): __class__ cell not found"))
    }
}

fn super_lookup(ts: &ThreadState, sup: &Value, name: &str) -> PyResult<Option<Value>> {
    let hash = crate::object::str::hash_str(name);
    let sd = payload::<SuperData>(sup);
    if sd.obj_type.is_none() {
        return Ok(None);
    }
    let start = obj(&sd.type_);
    let mut skipping = true;
    for t in p::mro(obj(&sd.obj_type)) {
        if skipping {
            if t.is_same(start) {
                skipping = false;
            }
            continue;
        }
        if let Some(d) = p::dict_get_str_hashed(&type_data(&t).dict, name, hash) {
            let inst = if sd.obj.is(&sd.obj_type) {
                None
            } else {
                Some(&sd.obj)
            };
            if let Some(md) = d
                .as_obj()
                .and_then(|o| o.downcast::<crate::object::function::MethodDescrData>())
            {
                if md.class_method {
                    return Ok(Some(crate::builtins::function::bind_builtin(
                        md,
                        sd.obj_type.clone(),
                    )));
                }
            }
            return Ok(Some(p::descr_get(ts, d, inst, &sd.obj_type)?));
        }
    }
    Ok(None)
}

fn super_getattro(ts: &ThreadState, v: &Value, name: &ObjRef) -> PyResult<Value> {
    let n = as_str(name.as_value()).unwrap_or("");
    if n != "__class__" {
        if let Some(r) = super_lookup(ts, v, n)? {
            return Ok(r);
        }
    }
    p::generic_getattr(ts, v, name)
        .map_err(|_| ts.attribute_error(format!("'super' object has no attribute '{n}'")))
}

/// LOAD_SUPER_ATTR: `super(class, self).name`. When `super` is the builtin and `self` is an
/// instance of `class`, the MRO is searched without making a super object, and the method
/// form returns a plain function unbound (the caller pushes it with `self`).
pub fn super_attr(
    ts: &ThreadState,
    sup: &Value,
    class: &Value,
    self_: &Value,
    name: &ObjRef,
    method: bool,
) -> PyResult<Loaded> {
    if !sup.is(types().super_.as_value()) {
        let s = p::call(ts, sup, &[class.clone(), self_.clone()], &[])?;
        return p::getattr(ts, &s, name).map(Loaded::Attr);
    }
    let start = class.as_obj().filter(|c| c.is::<TypeData>());
    if let Some(start) = start {
        let obj_type = type_of(self_);
        if !name.as_value().is(intern("__class__").as_value()) && p::is_subtype(obj_type, start) {
            let found = type_data(obj_type).mro_tail.with(|tail| {
                let mut skipping = !obj_type.is_same(start);
                for t in tail {
                    if skipping {
                        skipping = !t.is_same(start);
                        continue;
                    }
                    if let Some(d) = p::dict_get_interned(&type_data(t).dict, name) {
                        return Some(d);
                    }
                }
                None
            });
            if let Some(d) = found {
                if method && crate::attr_cache::is_plain_method(&d) {
                    return Ok(Loaded::Method(d));
                }
                if let Some(md) = d
                    .as_obj()
                    .and_then(|o| o.downcast::<crate::object::function::MethodDescrData>())
                {
                    if md.class_method {
                        return Ok(Loaded::Attr(crate::builtins::function::bind_builtin(
                            md,
                            obj_type.as_value().clone(),
                        )));
                    }
                }
                return p::descr_get(ts, d, Some(self_), obj_type.as_value()).map(Loaded::Attr);
            }
        }
    }
    let s = new_super(obj(class), self_);
    super_getattro(ts, &s, name).map(Loaded::Attr)
}

// ---- property, staticmethod, classmethod ----------------------------------------------

fn property_new(_: &ThreadState, ty: &ObjRef, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(alloc(
        ty,
        PropertyData {
            fget: PyCell::new(Value::NONE),
            fset: PyCell::new(Value::NONE),
            fdel: PyCell::new(Value::NONE),
            doc: PyCell::new(Value::NONE),
            name: PyCell::new(Value::NONE),
        },
    )
    .into_value())
}

fn property_init(ts: &ThreadState, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let [fget, fset, fdel, doc] = parse_args(
        ts,
        "property",
        args,
        kwnames,
        ["fget", "fset", "fdel", "doc"],
        0,
        4,
    )?;
    let pd = payload::<PropertyData>(v);
    let fget = fget.unwrap_or(Value::NONE);
    let mut doc = doc.unwrap_or(Value::NONE);
    if doc.is_none() && !fget.is_none() {
        doc = p::getattr_opt(ts, &fget, "__doc__")?.unwrap_or(Value::NONE);
    }
    let olds = [
        pd.fget.replace(fget),
        pd.fset.replace(fset.unwrap_or(Value::NONE)),
        pd.fdel.replace(fdel.unwrap_or(Value::NONE)),
        pd.doc.replace(doc),
    ];
    drop(olds);
    Ok(())
}

fn property_set_doc(_: &ThreadState, v: &Value, x: Option<Value>) -> PyResult<()> {
    let old = payload::<PropertyData>(v)
        .doc
        .replace(x.unwrap_or(Value::NONE));
    drop(old);
    Ok(())
}

fn property_set_name(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 3, "__set_name__")?;
    let old = payload::<PropertyData>(&a[0]).name.replace(a[2].clone());
    drop(old);
    Ok(Value::NONE)
}

fn property_get(
    ts: &ThreadState,
    d: &Value,
    obj_: Option<&Value>,
    _owner: &Value,
) -> PyResult<Value> {
    let Some(o) = obj_.filter(|o| !o.is_none()) else {
        return Ok(d.clone());
    };
    let pd = payload::<PropertyData>(d);
    let f = pd.fget.get();
    if f.is_none() {
        let name = pd.name.get();
        return Err(match as_str(&name) {
            Some(n) => ts.attribute_error(format!(
                "property '{}' of '{}' object has no getter",
                n,
                type_name(o)
            )),
            None => ts.attribute_error("unreadable attribute"),
        });
    }
    p::call(ts, &f, std::slice::from_ref(o), &[])
}

fn property_set(ts: &ThreadState, d: &Value, o: &Value, value: Option<Value>) -> PyResult<()> {
    let pd = payload::<PropertyData>(d);
    let name = pd.name.get();
    match value {
        Some(v) => {
            let f = pd.fset.get();
            if f.is_none() {
                return Err(match as_str(&name) {
                    Some(n) => ts.attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        n,
                        type_name(o)
                    )),
                    None => ts.attribute_error("can't set attribute"),
                });
            }
            p::call(ts, &f, &[o.clone(), v], &[]).map(drop)
        }
        None => {
            let f = pd.fdel.get();
            if f.is_none() {
                return Err(match as_str(&name) {
                    Some(n) => ts.attribute_error(format!(
                        "property '{}' of '{}' object has no deleter",
                        n,
                        type_name(o)
                    )),
                    None => ts.attribute_error("can't delete attribute"),
                });
            }
            p::call(ts, &f, std::slice::from_ref(o), &[]).map(drop)
        }
    }
}

fn property_copy(ts: &ThreadState, v: &Value, which: usize, f: Value) -> PyResult<Value> {
    let pd = payload::<PropertyData>(v);
    let mut parts = [pd.fget.get(), pd.fset.get(), pd.fdel.get()];
    parts[which] = f;
    let ty = type_of(v).clone().into_value();
    let [a, b, c] = parts;
    let np = p::call(ts, &ty, &[a, b, c, pd.doc.get()], &[])?;
    if let Some(npd) = np.as_obj().and_then(|o| o.downcast::<PropertyData>()) {
        let old = npd.name.replace(pd.name.get());
        drop(old);
    }
    Ok(np)
}

fn property_getter(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "getter")?;
    property_copy(ts, &a[0], 0, a[1].clone())
}

fn property_setter(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "setter")?;
    property_copy(ts, &a[0], 1, a[1].clone())
}

fn property_deleter(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "deleter")?;
    property_copy(ts, &a[0], 2, a[1].clone())
}

fn staticmethod_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let f = one_function(ts, "staticmethod", a, k)?;
    Ok(alloc(ty, StaticMethodData(PyCell::new(f))).into_value())
}

fn classmethod_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let f = one_function(ts, "classmethod", a, k)?;
    Ok(alloc(ty, ClassMethodData(PyCell::new(f))).into_value())
}

/// The one positional argument of `staticmethod(f)` / `classmethod(f)`.
fn one_function(ts: &ThreadState, name: &str, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::no_kwargs(ts, name, k)?;
    match a {
        [f] => Ok(f.clone()),
        _ => Err(ts.type_error(format!("{name} expected 1 argument, got {}", a.len()))),
    }
}

fn classmethod_get(
    ts: &ThreadState,
    d: &Value,
    obj_: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    let f = payload::<ClassMethodData>(d).0.get();
    let cls = if owner.is_none() {
        obj_.map_or(Value::NONE, |o| type_of(o).clone().into_value())
    } else {
        owner.clone()
    };
    Ok(crate::builtins::function::new_bound_method(ts, f, cls))
}

/// `types.GenericAlias(origin, args)` (and subclasses such as `_CallableGenericAlias`).
fn generic_alias_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() && !type_data(ty).heap_type {
        return Err(ts.type_error("GenericAlias() takes no keyword arguments"));
    }
    let npos = a.len() - k.len();
    if npos != 2 {
        return Err(ts.type_error(format!("GenericAlias expected 2 arguments, got {npos}")));
    }
    let args = if as_tuple(&a[1]).is_some() {
        a[1].clone()
    } else {
        new_tuple(vec![a[1].clone()])
    };
    Ok(alloc(
        ty,
        GenericAliasData {
            origin: a[0].clone(),
            args,
        },
    )
    .into_value())
}

/// `cls[args]` for builtin generic classes: a `types.GenericAlias`.
pub fn class_getitem(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 2, "__class_getitem__")?;
    let args = if as_tuple(&a[1]).is_some() {
        a[1].clone()
    } else {
        new_tuple(vec![a[1].clone()])
    };
    Ok(alloc(
        &types().generic_alias,
        GenericAliasData {
            origin: a[0].clone(),
            args,
        },
    )
    .into_value())
}

fn generic_alias_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let ga = payload::<GenericAliasData>(v);
    let name = |x: &Value| -> PyResult<String> {
        if let Some(t) = x.as_obj().and_then(|o| o.downcast::<TypeData>()) {
            let _ = t;
            let module = p::type_module_name(obj(x));
            let q = type_data(obj(x)).qualname.get();
            return Ok(match module {
                Some(m) if m != "builtins" => format!("{m}.{q}"),
                _ => q,
            });
        }
        if x.is(&Value::ELLIPSIS) {
            return Ok("...".into());
        }
        p::repr_string(ts, x)
    };
    let mut parts = Vec::new();
    for x in as_tuple(&ga.args).unwrap_or(&[]) {
        parts.push(name(x)?);
    }
    let inner = if parts.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    Ok(new_str(format!("{}[{}]", name(&ga.origin)?, inner)))
}
