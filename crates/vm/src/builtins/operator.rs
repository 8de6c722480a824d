//! The `_operator` module: native versions of the functions of `operator` that the VM has
//! protocols for (binary and in-place operators, comparisons, `index`, `truth`, item
//! access, `neg`/`invert`). CPython's pure-Python `operator.py` imports them with
//! `from _operator import *`, so they replace its Python definitions; the rest of
//! `operator.py` (`attrgetter`, `length_hint`, ...) runs as written. See
//! docs/design/stdlib-bridge.md.

use crate::call::check_args;
use crate::object::str::new_str;
use crate::object::typeobj::CompareOp;
use crate::object::ObjRef;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::dict_set_str;
use crate::value::Value;
use crate::PyResult;

/// `operator.add` and friends: `BINARY_OP` number `OP` (in-place forms from 13 on).
fn binary<const OP: usize>(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let name = BINARY[OP].0;
    check_args(ts, name, a, k, 2, 2)?;
    if OP < 13 {
        p::binary_op(ts, &a[0], &a[1], OP)
    } else {
        p::inplace_op(ts, &a[0], &a[1], OP - 13)
    }
}

/// `operator.lt` and friends.
fn compare<const OP: u32>(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, COMPARE[OP as usize].0, a, k, 2, 2)?;
    p::richcompare(ts, &a[0], &a[1], CompareOp::from_index(OP))
}

type Entry = (&'static str, crate::object::function::NativeFn);

const BINARY: [Entry; 26] = [
    ("add", binary::<0>),
    ("and_", binary::<1>),
    ("floordiv", binary::<2>),
    ("lshift", binary::<3>),
    ("matmul", binary::<4>),
    ("mul", binary::<5>),
    ("mod", binary::<6>),
    ("or_", binary::<7>),
    ("pow", binary::<8>),
    ("rshift", binary::<9>),
    ("sub", binary::<10>),
    ("truediv", binary::<11>),
    ("xor", binary::<12>),
    ("iadd", binary::<13>),
    ("iand", binary::<14>),
    ("ifloordiv", binary::<15>),
    ("ilshift", binary::<16>),
    ("imatmul", binary::<17>),
    ("imul", binary::<18>),
    ("imod", binary::<19>),
    ("ior", binary::<20>),
    ("ipow", binary::<21>),
    ("irshift", binary::<22>),
    ("isub", binary::<23>),
    ("itruediv", binary::<24>),
    ("ixor", binary::<25>),
];

const COMPARE: [Entry; 6] = [
    ("lt", compare::<0>),
    ("le", compare::<1>),
    ("eq", compare::<2>),
    ("ne", compare::<3>),
    ("gt", compare::<4>),
    ("ge", compare::<5>),
];

const OTHERS: [Entry; 11] = [
    ("index", |ts, a, k| {
        check_args(ts, "index", a, k, 1, 1)?;
        Ok(crate::object::int::int_from_bigint(p::index(ts, &a[0])?))
    }),
    ("truth", |ts, a, k| {
        check_args(ts, "truth", a, k, 1, 1)?;
        Ok(Value::from_bool(p::truthy(ts, &a[0])?))
    }),
    ("not_", |ts, a, k| {
        check_args(ts, "not_", a, k, 1, 1)?;
        Ok(Value::from_bool(!p::truthy(ts, &a[0])?))
    }),
    ("is_", |ts, a, k| {
        check_args(ts, "is_", a, k, 2, 2)?;
        Ok(Value::from_bool(a[0].is(&a[1])))
    }),
    ("is_not", |ts, a, k| {
        check_args(ts, "is_not", a, k, 2, 2)?;
        Ok(Value::from_bool(!a[0].is(&a[1])))
    }),
    ("contains", |ts, a, k| {
        check_args(ts, "contains", a, k, 2, 2)?;
        Ok(Value::from_bool(p::contains(ts, &a[0], &a[1])?))
    }),
    ("getitem", |ts, a, k| {
        check_args(ts, "getitem", a, k, 2, 2)?;
        p::getitem(ts, &a[0], &a[1])
    }),
    ("setitem", |ts, a, k| {
        check_args(ts, "setitem", a, k, 3, 3)?;
        p::setitem(ts, &a[0], &a[1], a[2].clone()).map(|()| Value::NONE)
    }),
    ("delitem", |ts, a, k| {
        check_args(ts, "delitem", a, k, 2, 2)?;
        p::delitem(ts, &a[0], &a[1]).map(|()| Value::NONE)
    }),
    ("neg", |ts, a, k| {
        check_args(ts, "neg", a, k, 1, 1)?;
        crate::builtins::numbers::negative(ts, &a[0])
    }),
    ("invert", |ts, a, k| {
        check_args(ts, "invert", a, k, 1, 1)?;
        crate::builtins::numbers::invert(ts, &a[0])
    }),
];

/// Fills the `_operator` module.
pub fn make_operator_module(dict: &ObjRef) {
    dict_set_str(
        dict,
        "__doc__",
        new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    );
    for (name, f) in BINARY.iter().chain(&COMPARE).chain(&OTHERS) {
        dict_set_str(
            dict,
            name,
            p::new_builtin_function(name, *f, Some("_operator")),
        );
    }
    dict_set_str(
        dict,
        "inv",
        p::new_builtin_function("inv", OTHERS[10].1, Some("_operator")),
    );
}
