//! Struct sequences (`sys.version_info`, `sys.float_info`, `sys.flags`...): tuple subtypes
//! whose items are also read-only named attributes, shown as `module.name(field=value, ...)`.
//! Instances carry a plain tuple payload, so indexing, slicing, comparison and hashing are
//! tuple's own. See docs/design/object-model.md.

use crate::builtins::classes::set_slots;
use crate::object::containers::{as_tuple, new_tuple, TupleData};
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::Slots;
use crate::object::{alloc, ObjRef};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{
    add_getsets, dict_set_str, inherit_slots, make_builtin_type, type_data, type_of, types, Getter,
};
use crate::value::Value;
use crate::PyResult;

/// Reads item `I` of a struct sequence (the getter behind each field name).
fn item<const I: usize>(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    as_tuple(v)
        .and_then(|t| t.get(I).cloned())
        .ok_or_else(|| ts.type_error("descriptor requires a struct sequence"))
}

/// One getter per field position (struct sequences here have at most this many fields).
const GETTERS: [Getter; 20] = [
    item::<0>, item::<1>, item::<2>, item::<3>, item::<4>, item::<5>, item::<6>, item::<7>,
    item::<8>, item::<9>, item::<10>, item::<11>, item::<12>, item::<13>, item::<14>, item::<15>,
    item::<16>, item::<17>, item::<18>, item::<19>,
];

/// `repr()` of a struct sequence: `module.name(field=repr, ...)`.
fn structseq_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let ty = type_of(v);
    let td = type_data(ty);
    let module = p::dict_get_str(&td.dict, "__module__")
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_default();
    let names = p::dict_get_str(&td.dict, "__match_args__").unwrap_or(Value::NONE);
    let names = as_tuple(&names).unwrap_or(&[]);
    let items = as_tuple(v).unwrap_or(&[]);
    let mut parts = Vec::with_capacity(items.len());
    for (n, x) in names.iter().zip(items) {
        parts.push(format!(
            "{}={}",
            as_str(n).unwrap_or(""),
            p::repr_string(ts, x)?
        ));
    }
    Ok(new_str(format!(
        "{module}.{}({})",
        td.name(),
        parts.join(", ")
    )))
}

/// Creates the struct sequence type `module.name` with the given field names (at most 20).
pub fn new_structseq_type(module: &str, name: &str, fields: &[&'static str]) -> ObjRef {
    let t = types();
    let ty = make_builtin_type::<TupleData>(name, &t.tuple, Slots::default(), false);
    let base = *type_data(&t.tuple).slots();
    set_slots(&ty, |s| {
        inherit_slots(s, &base);
        s.new = None;
        s.repr = Some(structseq_repr);
    });
    let getsets: Vec<(&'static str, Getter, Option<crate::types::Setter>)> = fields
        .iter()
        .zip(GETTERS)
        .map(|(n, g)| (*n, g, None))
        .collect();
    add_getsets(&ty, &getsets);
    let d = &type_data(&ty).dict;
    dict_set_str(d, "__module__", new_str(module));
    dict_set_str(
        d,
        "__match_args__",
        new_tuple(fields.iter().map(|f| new_str(*f)).collect()),
    );
    let n = crate::object::int::int_from_i64(fields.len() as i64);
    dict_set_str(d, "n_fields", n.clone());
    dict_set_str(d, "n_sequence_fields", n);
    dict_set_str(d, "n_unnamed_fields", crate::object::int::int_from_i64(0));
    ty
}

/// An instance of a struct sequence type.
pub fn new_structseq(ty: &ObjRef, items: Vec<Value>) -> Value {
    alloc(ty, TupleData(items.into_boxed_slice())).into_value()
}
