//! Payloads of the builtin containers: `tuple`, `list`, `dict`, `set`/`frozenset`, `bytes`,
//! `bytearray`, and their constructors. Methods live in `crate::builtins::*` files. See
//! docs/design/object-model.md.

use std::cell::Cell;

use crate::object::table::Table;
use crate::object::{alloc, ObjRef, PyCell};
use crate::types::types;
use crate::value::Value;

/// Payload of a tuple.
pub struct TupleData(pub Box<[Value]>);

/// Payload of a list.
pub struct ListData(pub PyCell<Vec<Value>>);

/// Payload of a dict.
pub struct DictData(pub PyCell<Table>);

// CPython releases a tuple's and a list's items last to first; finalizers (`__del__`) run in
// that order.
impl Drop for TupleData {
    fn drop(&mut self) {
        for v in self.0.iter_mut().rev() {
            drop(std::mem::replace(v, Value::NULL));
        }
    }
}

impl Drop for ListData {
    fn drop(&mut self) {
        let mut items = self.0.with_mut(std::mem::take);
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

/// Payload of a set or frozenset.
pub struct SetData(pub PyCell<Table>);

/// Payload of a bytes object.
pub struct BytesData(pub Box<[u8]>);

/// Payload of a bytearray.
pub struct ByteArrayData(pub PyCell<Vec<u8>>, pub Cell<usize>);

/// A new tuple.
pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return empty_tuple();
    }
    alloc(&types().tuple, TupleData(items.into_boxed_slice())).into_value()
}

/// The shared empty tuple.
pub fn empty_tuple() -> Value {
    types().empty_tuple.clone().into_value()
}

/// A new list.
pub fn new_list(items: Vec<Value>) -> Value {
    alloc(&types().list, ListData(PyCell::new(items))).into_value()
}

/// A new empty dict object.
pub fn new_dict() -> ObjRef {
    alloc(&types().dict, DictData(PyCell::new(Table::new())))
}

/// A new set.
pub fn new_set(table: Table) -> Value {
    alloc(&types().set, SetData(PyCell::new(table.into_set_layout()))).into_value()
}

/// A new frozenset.
pub fn new_frozenset(table: Table) -> Value {
    alloc(
        &types().frozenset,
        SetData(PyCell::new(table.into_set_layout())),
    )
    .into_value()
}

/// A new bytes object.
pub fn new_bytes(b: Vec<u8>) -> Value {
    alloc(&types().bytes, BytesData(b.into_boxed_slice())).into_value()
}

/// A new bytearray.
pub fn new_bytearray(b: Vec<u8>) -> Value {
    alloc(
        &types().bytearray,
        ByteArrayData(PyCell::new(b), Cell::new(0)),
    )
    .into_value()
}

/// The items of a tuple value.
#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    v.as_obj()?.downcast::<TupleData>().map(|t| &*t.0)
}

/// The payload of a list value.
#[inline]
pub fn as_list(v: &Value) -> Option<&ListData> {
    v.as_obj()?.downcast::<ListData>()
}

/// The payload of a dict value.
#[inline]
pub fn as_dict(v: &Value) -> Option<&DictData> {
    v.as_obj()?.downcast::<DictData>()
}

/// The payload of a set/frozenset value.
#[inline]
pub fn as_set(v: &Value) -> Option<&SetData> {
    v.as_obj()?.downcast::<SetData>()
}

/// The bytes of a bytes value.
#[inline]
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.as_obj()?.downcast::<BytesData>().map(|b| &*b.0)
}
