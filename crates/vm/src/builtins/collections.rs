//! The `_collections` module: `deque` (a ring buffer with an optional `maxlen`, mutation
//! detection during iteration) and `defaultdict` (a dict subclass whose `__missing__` calls
//! `default_factory`, kept in the instance's attribute dict). `OrderedDict`, `_count_elements`
//! and `_tuplegetter` fall back to the pure-Python versions in `collections/__init__.py`. See
//! docs/design/stdlib-bridge.md.

use std::cell::Cell;
use std::collections::VecDeque;

use crate::builtins::classes::{payload, set_slots};
use crate::call::{parse_args, split_kwargs};
use crate::object::containers::{new_dict, DictData};
use crate::object::int::int_from_i64;
use crate::object::iter::new_native_iter;
use crate::object::str::new_str;
use crate::object::table::Table;
use crate::object::typeobj::CompareOp;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, dict_set_str, type_data, type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Payload of `collections.deque`.
pub struct DequeData {
    items: PyCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped on every mutation (iterators compare it).
    state: Cell<u64>,
}

fn dq(v: &Value) -> &DequeData {
    payload::<DequeData>(v)
}

impl DequeData {
    fn mutated(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Appends on the right (or left), dropping from the other end past `maxlen`.
    fn push(&self, v: Value, left: bool) {
        let max = self.maxlen.get();
        let dropped = self.items.with_mut(|d| {
            if max == Some(0) {
                return Some(v);
            }
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
            match max {
                Some(m) if d.len() > m => {
                    if left {
                        d.pop_back()
                    } else {
                        d.pop_front()
                    }
                }
                _ => None,
            }
        });
        self.mutated();
        drop(dropped);
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.with(|d| d.iter().cloned().collect())
    }

    fn len(&self) -> usize {
        self.items.with(VecDeque::len)
    }
}

fn deque_new(_: &ThreadState, ty: &ObjRef, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(alloc(
        ty,
        DequeData {
            items: PyCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        },
    )
    .into_value())
}

fn deque_init(ts: &ThreadState, v: &Value, a: &[Value], k: &[Value]) -> PyResult<()> {
    let [iterable, maxlen] = parse_args(ts, "deque", a, k, ["iterable", "maxlen"], 0, 2)?;
    let d = dq(v);
    let maxlen = match maxlen.filter(|m| !m.is_none()) {
        Some(m) => {
            let n = p::index_i64(ts, &m)?;
            if n < 0 {
                return Err(ts.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        None => None,
    };
    d.maxlen.set(maxlen);
    let old = d.items.replace(VecDeque::new());
    drop(old);
    d.mutated();
    if let Some(it) = iterable {
        for x in p::collect(ts, &it)? {
            d.push(x, false);
        }
    }
    Ok(())
}

fn index_of(ts: &ThreadState, d: &DequeData, key: &Value) -> PyResult<usize> {
    let i = p::index_i64(ts, key).map_err(|_| {
        ts.type_error(format!(
            "sequence index must be integer, not '{}'",
            type_name(key)
        ))
    })?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(ts.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_repr(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    let id = v.bits();
    let name = type_data(type_of(v)).name();
    if ts.repr_stack.borrow().contains(&id) {
        return Ok(new_str("[...]"));
    }
    ts.repr_stack.borrow_mut().push(id);
    let r = (|| {
        let mut parts = Vec::new();
        for x in dq(v).snapshot() {
            parts.push(p::repr_string(ts, &x)?);
        }
        Ok(parts.join(", "))
    })();
    ts.repr_stack.borrow_mut().pop();
    let inner = r?;
    Ok(new_str(match dq(v).maxlen.get() {
        Some(m) => format!("{name}([{inner}], maxlen={m})"),
        None => format!("{name}([{inner}])"),
    }))
}

fn deque_iter(v: &Value, reverse: bool) -> Value {
    let d = v.clone();
    let start_state = dq(v).state.get();
    let mut i = 0usize;
    new_native_iter(
        &types().native_iter,
        Box::new(move |ts| {
            let data = dq(&d);
            if data.state.get() != start_state {
                return Err(ts.runtime_error("deque mutated during iteration"));
            }
            let n = data.len();
            if i >= n {
                return Ok(None);
            }
            let ix = if reverse { n - 1 - i } else { i };
            i += 1;
            Ok(data.items.with(|q| q.get(ix).cloned()))
        }),
    )
}

fn other_deque<'a>(ts: &ThreadState, other: &'a Value) -> PyResult<&'a DequeData> {
    other
        .as_obj()
        .and_then(|o| o.downcast::<DequeData>())
        .ok_or_else(|| {
            ts.type_error(format!(
                "can only concatenate deque (not \"{}\") to deque",
                type_name(other)
            ))
        })
}

fn copy_of(v: &Value) -> Value {
    let d = dq(v);
    let new = alloc(
        type_of(v),
        DequeData {
            items: PyCell::new(d.snapshot().into()),
            maxlen: Cell::new(d.maxlen.get()),
            state: Cell::new(0),
        },
    );
    new.into_value()
}

fn rotate(d: &DequeData, n: i64) {
    d.items.with_mut(|q| {
        let len = q.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            q.rotate_right(k);
        }
    });
    d.mutated();
}

fn deque_richcompare(ts: &ThreadState, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let Some(db) = b.as_obj().and_then(|o| o.downcast::<DequeData>()) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let x = crate::object::containers::new_list(dq(a).snapshot());
    let y = crate::object::containers::new_list(db.snapshot());
    p::richcompare(ts, &x, &y, op)
}

fn not_found(ts: &ThreadState) -> PyErr {
    ts.value_error("deque.remove(x): x not in deque")
}

/// Installs `deque` and `defaultdict`.
pub fn init() {
    let t = types();
    set_slots(&t.deque, |s| {
        s.new = Some(deque_new);
        s.init = Some(deque_init);
        s.repr = Some(deque_repr);
        s.len = Some(|_, v| Ok(dq(v).len()));
        s.iter = Some(|_, v| Ok(deque_iter(v, false)));
        s.getitem = Some(|ts, v, k| {
            let d = dq(v);
            let i = index_of(ts, d, k)?;
            Ok(d.items.with(|q| q.get(i).cloned()).unwrap_or(Value::NONE))
        });
        s.setitem = Some(|ts, v, k, x| {
            let d = dq(v);
            let i = index_of(ts, d, k)?;
            let old = match x {
                Some(x) => d
                    .items
                    .with_mut(|q| q.get_mut(i).map(|slot| std::mem::replace(slot, x))),
                None => d.items.with_mut(|q| q.remove(i)),
            };
            d.mutated();
            drop(old);
            Ok(())
        });
        s.contains = Some(|ts, v, x| {
            for item in dq(v).snapshot() {
                if p::eq(ts, &item, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
        s.richcompare = Some(deque_richcompare);
        s.hash = None;
        s.nb[0] = Some(|ts, a, b| {
            if a.as_obj().and_then(|o| o.downcast::<DequeData>()).is_none() {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let other = other_deque(ts, b)?.snapshot();
            let r = copy_of(a);
            for x in other {
                dq(&r).push(x, false);
            }
            Ok(r)
        });
        s.nb_inplace[0] = Some(|ts, a, b| {
            let items = p::collect(ts, b)?;
            for x in items {
                dq(a).push(x, false);
            }
            Ok(a.clone())
        });
        s.nb[5] = Some(|ts, a, b| {
            let (dv, n) = if a.as_obj().is_some_and(|o| o.is::<DequeData>()) {
                (a, b)
            } else {
                (b, a)
            };
            let Ok(n) = p::index_i64(ts, n) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let items = dq(dv).snapshot();
            let r = copy_of(dv);
            drop(dq(&r).items.replace(VecDeque::new()));
            for _ in 0..n.max(0) {
                for x in &items {
                    dq(&r).push(x.clone(), false);
                }
            }
            Ok(r)
        });
    });
    add_methods(
        &t.deque,
        &[
            ("append", |ts, a, _| {
                need(ts, a, 2, "append")?;
                dq(&a[0]).push(a[1].clone(), false);
                Ok(Value::NONE)
            }),
            ("appendleft", |ts, a, _| {
                need(ts, a, 2, "appendleft")?;
                dq(&a[0]).push(a[1].clone(), true);
                Ok(Value::NONE)
            }),
            ("pop", |ts, a, _| {
                let d = dq(&a[0]);
                let v = d.items.with_mut(VecDeque::pop_back);
                d.mutated();
                v.ok_or_else(|| ts.index_error("pop from an empty deque"))
            }),
            ("popleft", |ts, a, _| {
                let d = dq(&a[0]);
                let v = d.items.with_mut(VecDeque::pop_front);
                d.mutated();
                v.ok_or_else(|| ts.index_error("pop from an empty deque"))
            }),
            ("extend", |ts, a, _| {
                need(ts, a, 2, "extend")?;
                for x in p::collect(ts, &a[1])? {
                    dq(&a[0]).push(x, false);
                }
                Ok(Value::NONE)
            }),
            ("extendleft", |ts, a, _| {
                need(ts, a, 2, "extendleft")?;
                for x in p::collect(ts, &a[1])? {
                    dq(&a[0]).push(x, true);
                }
                Ok(Value::NONE)
            }),
            ("clear", |_, a, _| {
                let d = dq(&a[0]);
                let old = d.items.replace(VecDeque::new());
                d.mutated();
                drop(old);
                Ok(Value::NONE)
            }),
            ("copy", |_, a, _| Ok(copy_of(&a[0]))),
            ("__copy__", |_, a, _| Ok(copy_of(&a[0]))),
            ("count", |ts, a, _| {
                need(ts, a, 2, "count")?;
                let mut n = 0;
                for x in dq(&a[0]).snapshot() {
                    if p::eq(ts, &x, &a[1])? {
                        n += 1;
                    }
                }
                Ok(int_from_i64(n))
            }),
            ("index", |ts, a, _| {
                need(ts, a, 2, "index")?;
                for (i, x) in dq(&a[0]).snapshot().iter().enumerate() {
                    if p::eq(ts, x, &a[1])? {
                        return Ok(int_from_i64(i as i64));
                    }
                }
                Err(ts.value_error(format!("{} is not in deque", p::repr_string(ts, &a[1])?)))
            }),
            ("insert", |ts, a, _| {
                need(ts, a, 3, "insert")?;
                let d = dq(&a[0]);
                if d.maxlen.get().is_some_and(|m| d.len() >= m) {
                    return Err(ts.index_error("deque already at its maximum size"));
                }
                let n = d.len() as i64;
                let i = p::index_i64(ts, &a[1])?;
                let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                let v = a[2].clone();
                d.items.with_mut(|q| q.insert(i, v));
                d.mutated();
                Ok(Value::NONE)
            }),
            ("remove", |ts, a, _| {
                need(ts, a, 2, "remove")?;
                let d = dq(&a[0]);
                for (i, x) in d.snapshot().iter().enumerate() {
                    if p::eq(ts, x, &a[1])? {
                        let old = d.items.with_mut(|q| q.remove(i));
                        d.mutated();
                        drop(old);
                        return Ok(Value::NONE);
                    }
                }
                Err(not_found(ts))
            }),
            ("reverse", |_, a, _| {
                let d = dq(&a[0]);
                d.items.with_mut(|q| q.make_contiguous().reverse());
                d.mutated();
                Ok(Value::NONE)
            }),
            ("rotate", |ts, a, _| {
                let n = match a.get(1) {
                    Some(n) => p::index_i64(ts, n)?,
                    None => 1,
                };
                rotate(dq(&a[0]), n);
                Ok(Value::NONE)
            }),
            ("__reversed__", |_, a, _| Ok(deque_iter(&a[0], true))),
            ("__class_getitem__", crate::builtins::classes::class_getitem),
        ],
    );
    add_getsets(
        &t.deque,
        &[(
            "maxlen",
            |_, v| {
                Ok(dq(v)
                    .maxlen
                    .get()
                    .map_or(Value::NONE, |m| int_from_i64(m as i64)))
            },
            None,
        )],
    );
    dict_set_str(
        &type_data(&t.deque).dict,
        "__module__",
        new_str("collections"),
    );
    dict_set_str(&type_data(&t.deque).dict, "__hash__", Value::NONE);

    set_slots(&t.defaultdict, |s| {
        s.new = Some(|_, ty, _, _| {
            let d = alloc(ty, DictData(PyCell::new(Table::new())));
            let attrs = new_dict();
            dict_set_str(&attrs, "default_factory", Value::NONE);
            drop(d.set_dict(Some(attrs)));
            Ok(d.into_value())
        });
        s.init = Some(|ts, v, a, k| {
            let (pos, _) = split_kwargs(a, k);
            let mut rest_start = 0;
            if let Some(f) = pos.first() {
                if !f.is_none() && type_data(type_of(f)).slots().call.is_none() {
                    return Err(ts.type_error("first argument must be callable or None"));
                }
                if let Some(attrs) = v.as_obj().and_then(ObjRef::dict) {
                    dict_set_str(&attrs, "default_factory", f.clone());
                }
                rest_start = 1;
            }
            let dict_init = type_data(&types().dict).slots().init;
            match dict_init {
                Some(f) => f(ts, v, &a[rest_start..], k),
                None => Ok(()),
            }
        });
        s.repr = Some(|ts, v| {
            let f = factory(v);
            let fr = if f.is_none() {
                "None".to_string()
            } else {
                p::repr_string(ts, &f)?
            };
            // The items as `dict.__repr__` shows them (it reads the dict storage directly).
            let inner = match type_data(&types().dict).slots().repr {
                Some(dict_repr) => p::str_string(ts, &dict_repr(ts, v)?)?,
                None => String::new(),
            };
            Ok(new_str(format!(
                "{}({fr}, {inner})",
                type_data(type_of(v)).name()
            )))
        });
    });
    add_methods(
        &t.defaultdict,
        &[
            ("__missing__", |ts, a, _| {
                need(ts, a, 2, "__missing__")?;
                let f = factory(&a[0]);
                if f.is_none() {
                    return Err(ts.key_error(a[1].clone()));
                }
                let value = p::call(ts, &f, &[], &[])?;
                p::setitem(ts, &a[0], &a[1], value.clone())?;
                Ok(value)
            }),
            ("copy", defaultdict_copy),
            ("__copy__", defaultdict_copy),
        ],
    );
    dict_set_str(
        &type_data(&t.defaultdict).dict,
        "__module__",
        new_str("collections"),
    );
}

fn factory(v: &Value) -> Value {
    v.as_obj()
        .and_then(ObjRef::dict)
        .and_then(|d| p::dict_get_str(&d, "default_factory"))
        .unwrap_or(Value::NONE)
}

fn defaultdict_copy(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    need(ts, a, 1, "copy")?;
    let ty = type_of(&a[0]).clone();
    p::call(ts, ty.as_value(), &[factory(&a[0]), a[0].clone()], &[])
}

fn need(ts: &ThreadState, a: &[Value], n: usize, name: &str) -> PyResult<()> {
    if a.len() == n {
        Ok(())
    } else {
        Err(ts.type_error(format!(
            "{name}() takes exactly {} argument{} ({} given)",
            n - 1,
            if n == 2 { "" } else { "s" },
            a.len().saturating_sub(1)
        )))
    }
}

/// Builds the `_collections` module.
pub fn make_collections_module(dict: &ObjRef) {
    let t = types();
    dict_set_str(dict, "deque", t.deque.clone().into_value());
    dict_set_str(dict, "defaultdict", t.defaultdict.clone().into_value());
}
