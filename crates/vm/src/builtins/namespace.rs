//! `types.SimpleNamespace`: an object whose attributes are its keyword arguments, with
//! `namespace(a=1, b=2)` repr and equality by attribute dict. See docs/design/object-model.md.

use crate::builtins::classes::set_slots;
use crate::builtins::dict::mapping_items;
use crate::call::split_kwargs;
use crate::object::containers::new_dict;
use crate::object::misc::ObjectData;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{dict_set_str, type_data, type_of, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the slots of `types.SimpleNamespace`.
pub fn init() {
    let t = types();
    set_slots(&t.simple_namespace, |s| {
        s.new = Some(|_, ty, _, _| {
            let o = alloc(ty, ObjectData);
            if o.dict().is_none() {
                drop(o.set_dict(Some(new_dict())));
            }
            Ok(o.into_value())
        });
        s.init = Some(namespace_init);
        s.repr = Some(namespace_repr);
        s.richcompare = Some(namespace_richcompare);
        s.hash = None;
    });
    dict_set_str(
        &type_data(&t.simple_namespace).dict,
        "__hash__",
        Value::NONE,
    );
}

fn instance_dict(v: &Value) -> Option<ObjRef> {
    v.as_obj().and_then(ObjRef::dict)
}

/// `SimpleNamespace(**kwargs)`: keywords become attributes.
fn namespace_init(ts: &ThreadState, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let (pos, kw) = split_kwargs(args, kwnames);
    if !pos.is_empty() {
        return Err(ts.type_error("no positional arguments expected"));
    }
    let Some(d) = instance_dict(v) else {
        return Ok(());
    };
    for (k, val) in kw {
        p::dict_set_str(ts, &d, k, val.clone())?;
    }
    Ok(())
}

/// `namespace(a=1, b=2)` (the class name for subclasses; `namespace(...)` when recursive).
fn namespace_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let ty = type_of(v);
    let name = if ty.is_same(&types().simple_namespace) {
        "namespace".to_string()
    } else {
        type_data(ty).name()
    };
    let id = v.bits();
    if ts.repr_stack.borrow().contains(&id) {
        return Ok(new_str(format!("{name}(...)")));
    }
    ts.repr_stack.borrow_mut().push(id);
    let r = (|| {
        let mut parts = Vec::new();
        if let Some(d) = instance_dict(v) {
            for (k, x) in mapping_items(ts, d.as_value())? {
                if let Some(ks) = as_str(&k) {
                    parts.push(format!("{ks}={}", p::repr_string(ts, &x)?));
                }
            }
        }
        Ok(parts.join(", "))
    })();
    ts.repr_stack.borrow_mut().pop();
    Ok(new_str(format!("{name}({})", r?)))
}

/// `==`/`!=` between namespaces compare their attribute dicts.
fn namespace_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ns = &types().simple_namespace;
    let is_ns = |v: &Value| p::is_instance_of(v, ns);
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !is_ns(a) || !is_ns(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (Some(da), Some(db)) = (instance_dict(a), instance_dict(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let eq = p::eq(ts, da.as_value(), db.as_value())?;
    Ok(Value::from_bool(if op == CompareOp::Eq { eq } else { !eq }))
}
