//! `help`: a minimal stand-in for `_sitebuiltins._Helper` (no pydoc): its repr tells how to
//! use it, and `help(obj)` prints the object's docstring. See docs/design/stdlib-bridge.md.

use crate::builtins::classes::set_slots;
use crate::object::alloc;
use crate::object::misc::ObjectData;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::Slots;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{dict_set_str, make_builtin_type, type_data, types};
use crate::value::Value;
use crate::PyResult;

const USAGE: &str = "Type help() for interactive help, or help(object) for help about object.";

/// The `help` object installed in builtins.
pub fn new_helper() -> Value {
    let ty = make_builtin_type::<ObjectData>("_Helper", &types().object, Slots::default(), false);
    set_slots(&ty, |s| {
        s.repr = Some(|_, _| Ok(new_str(USAGE)));
        s.call = Some(helper_call);
    });
    dict_set_str(&type_data(&ty).dict, "__module__", new_str("_sitebuiltins"));
    alloc(&ty, ObjectData).into_value()
}

/// `help(obj)`: writes the object's name and docstring to `sys.stdout`.
fn helper_call(ts: &ThreadState, _: &Value, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let text = match a.first() {
        None => format!("{USAGE}\n"),
        Some(obj) => {
            let name = p::getattr_opt(ts, obj, "__name__")?
                .and_then(|n| as_str(&n).map(str::to_string))
                .unwrap_or_else(|| p::type_name(obj));
            let doc = p::getattr_opt(ts, obj, "__doc__")?
                .and_then(|d| as_str(&d).map(str::to_string))
                .unwrap_or_default();
            format!("Help on {name}:\n\n{doc}\n")
        }
    };
    if let Some(out) = crate::builtins::sys::sys_attr(ts, "stdout") {
        p::call_method(ts, &out, "write", &[new_str(text)])?;
    }
    Ok(Value::NONE)
}
