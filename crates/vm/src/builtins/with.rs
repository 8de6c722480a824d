//! `with` statement support: BEFORE_WITH looks up `__enter__`/`__exit__` on the type. See
//! docs/design/exceptions.md.

use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::type_of;
use crate::value::Value;
use crate::PyResult;

/// Returns `(bound __exit__, result of __enter__())`.
pub fn before_with(ts: &ThreadState, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = type_of(mgr);
    let Some(enter) = p::type_lookup(ty, "__enter__") else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the context manager protocol",
            p::type_name(mgr)
        )));
    };
    let Some(exit) = p::type_lookup(ty, "__exit__") else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            p::type_name(mgr)
        )));
    };
    let exit = p::descr_get(ts, exit, Some(mgr), ty.as_value())?;
    let enter = p::descr_get(ts, enter, Some(mgr), ty.as_value())?;
    let res = p::call(ts, &enter, &[], &[])?;
    Ok((exit, res))
}
