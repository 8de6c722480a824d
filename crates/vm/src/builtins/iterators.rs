//! Iterator types: the native iterator protocol, the sequence iterator (for objects with
//! only `__getitem__`), `iter(callable, sentinel)`, and the builtin iterator classes
//! `enumerate`, `zip`, `map`, `filter`, `reversed`. See docs/design/object-model.md.

use crate::builtins::classes::{payload, set_slots};
use crate::call::{parse_args, split_kwargs};
use crate::object::containers::new_tuple;
use crate::object::int::{int_from_bigint, int_from_i64};
use crate::object::iter::{native_iter_next, new_native_iter, NativeIterData};
use crate::object::ObjRef;
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the iterator types.
pub fn init() {
    let t = types();
    for ty in [
        &t.native_iter,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        set_slots(ty, |s| {
            s.iter = Some(|_, v| Ok(v.clone()));
            s.next = Some(|ts, v| native_iter_next(ts, payload::<NativeIterData>(v)));
        });
        add_methods(
            ty,
            &[
                ("__next__", |ts, a, _| {
                    match native_iter_next(ts, payload::<NativeIterData>(&a[0]))? {
                        Some(v) => Ok(v),
                        None => Err(ts.stop_iteration(Value::NONE)),
                    }
                }),
                ("__iter__", |_, a, _| Ok(a[0].clone())),
            ],
        );
    }
    for ty in [&t.list_iterator, &t.tuple_iterator, &t.range_iterator] {
        add_methods(ty, &[("__length_hint__", fast_iter_length_hint)]);
    }
    set_slots(&t.enumerate, |s| s.new = Some(enumerate_new));
    set_slots(&t.zip, |s| s.new = Some(zip_new));
    set_slots(&t.map, |s| s.new = Some(map_new));
    set_slots(&t.filter, |s| s.new = Some(filter_new));
    set_slots(&t.reversed, |s| s.new = Some(reversed_new));
    add_methods(
        &t.reversed,
        &[("__length_hint__", |_, a, _| {
            let d = payload::<NativeIterData>(&a[0]);
            let n = if d.done.get() {
                0
            } else {
                d.length_hint.as_ref().map_or(0, |h| h())
            };
            Ok(int_from_i64(n as i64))
        })],
    );
    set_slots(&t.generator, |s| {
        s.iter = Some(|_, v| Ok(v.clone()));
        s.next = Some(crate::generator::gen_next);
        s.repr = Some(|_, v| {
            let g = payload::<crate::generator::GenData>(v);
            let q = g.qualname.get();
            Ok(crate::object::str::new_str(format!(
                "<generator object {} at {:#x}>",
                crate::object::str::as_str(&q).unwrap_or("?"),
                v.as_obj().map_or(0, |o| o.as_ptr() as usize)
            )))
        });
    });
    add_methods(
        &t.generator,
        &[
            ("send", |ts, a, _| {
                crate::call::check_args(ts, "send", a, &[], 2, 2)?;
                match crate::generator::gen_send_ex(ts, &a[0], a[1].clone(), None)? {
                    crate::generator::SendResult::Yielded(v) => Ok(v),
                    crate::generator::SendResult::Returned(v) => Err(ts.stop_iteration(v)),
                }
            }),
            ("throw", gen_throw),
            ("close", |ts, a, _| crate::generator::gen_close(ts, &a[0])),
            ("__next__", |ts, a, _| {
                crate::generator::gen_next_value(ts, &a[0])
            }),
            ("__iter__", |_, a, _| Ok(a[0].clone())),
            ("__del__", |ts, a, _| {
                // Finalizing a suspended generator closes it (runs its finally blocks).
                let g = payload::<crate::generator::GenData>(&a[0]);
                if g.state.get() == crate::generator::GenState::Suspended {
                    if let Err(e) = crate::generator::gen_close(ts, &a[0]) {
                        let r = p::repr_string(ts, &a[0]).unwrap_or_default();
                        crate::builtins::traceback::write_unraisable(
                            ts,
                            &format!("Exception ignored in: {r}"),
                            &e,
                        );
                    }
                }
                Ok(Value::NONE)
            }),
        ],
    );
    crate::types::type_data(&t.generator).finalizer.set(true);
    crate::types::add_getsets(
        &t.generator,
        &[
            (
                "__name__",
                |_, v| Ok(payload::<crate::generator::GenData>(v).name.get()),
                Some(crate::asyncgen::set_name),
            ),
            (
                "__qualname__",
                |_, v| Ok(payload::<crate::generator::GenData>(v).qualname.get()),
                Some(crate::asyncgen::set_qualname),
            ),
            (
                "gi_code",
                |_, v| Ok(payload::<crate::generator::GenData>(v).code.clone()),
                None,
            ),
            (
                "gi_running",
                |_, v| {
                    Ok(Value::from_bool(
                        payload::<crate::generator::GenData>(v).state.get()
                            == crate::generator::GenState::Running,
                    ))
                },
                None,
            ),
            (
                "gi_frame",
                |ts, v| Ok(crate::asyncgen::frame_value(ts, v)),
                None,
            ),
            (
                "gi_yieldfrom",
                |_, v| Ok(crate::asyncgen::awaiting_value(v)),
                None,
            ),
            (
                "gi_suspended",
                |_, v| {
                    Ok(Value::from_bool(
                        payload::<crate::generator::GenData>(v).state.get()
                            == crate::generator::GenState::Suspended,
                    ))
                },
                None,
            ),
        ],
    );
    // Coroutines share the generator machinery (`await` support comes with the async
    // work); `close`/`send`/`throw` are enough for code that only creates them.
    add_methods(
        &t.coroutine,
        &[
            ("close", |ts, a, _| crate::generator::gen_close(ts, &a[0])),
            ("throw", gen_throw),
            ("send", |ts, a, _| {
                crate::call::check_args(ts, "send", a, &[], 2, 2)?;
                match crate::generator::gen_send_ex(ts, &a[0], a[1].clone(), None)? {
                    crate::generator::SendResult::Yielded(v) => Ok(v),
                    crate::generator::SendResult::Returned(v) => Err(ts.stop_iteration(v)),
                }
            }),
        ],
    );
    set_slots(&t.coroutine, |s| {
        s.repr = Some(|_, v| {
            let g = payload::<crate::generator::GenData>(v);
            let q = g.qualname.get();
            Ok(crate::object::str::new_str(format!(
                "<coroutine object {} at {:#x}>",
                crate::object::str::as_str(&q).unwrap_or("?"),
                v.as_obj().map_or(0, |o| o.as_ptr() as usize)
            )))
        });
    });
}

fn gen_throw(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(g) = a.first() else {
        return Err(ts.type_error("throw expected at least 1 argument, got 0"));
    };
    let err = crate::asyncgen::throw_args_to_err(ts, "throw", a.get(1..).unwrap_or(&[]))?;
    crate::generator::gen_throw(ts, g, err)
}

/// An iterator over an object supporting `__getitem__` with 0, 1, 2, ... until IndexError.
pub fn seq_iter(seq: Value) -> Value {
    let mut i = 0i64;
    new_native_iter(
        &types().seq_iterator,
        Box::new(move |ts| match p::getitem(ts, &seq, &int_from_i64(i)) {
            Ok(v) => {
                i += 1;
                Ok(Some(v))
            }
            Err(e)
                if p::is_instance_of(e.value(), &types().index_error)
                    || p::is_instance_of(e.value(), &types().stop_iteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }),
    )
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(f: Value, sentinel: Value) -> Value {
    new_native_iter(
        &types().callable_iterator,
        Box::new({
            let mut done = false;
            move |ts| {
                if done {
                    return Ok(None);
                }
                let v = match p::call(ts, &f, &[], &[]) {
                    Ok(v) => v,
                    // A StopIteration from the callable ends the iteration too.
                    Err(e) if p::is_instance_of(e.value(), &types().stop_iteration) => {
                        done = true;
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if p::eq(ts, &v, &sentinel)? {
                    done = true;
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }),
    )
}

fn enumerate_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.is_empty() {
        return Err(ts.type_error("enumerate() missing required argument 'iterable'"));
    }
    // CPython's vectorcall takes `start` as the only keyword, after the iterable.
    let npos = a.len() - k.len();
    for (i, name) in k.iter().enumerate() {
        let n = crate::object::str::as_str(name).unwrap_or("");
        if npos == 0 || (n != "start" && !(n == "iterable" && npos + i == 0)) {
            return Err(ts.type_error(format!(
                "'{n}' is an invalid keyword argument for enumerate()"
            )));
        }
    }
    let [it, start] = parse_args(ts, "enumerate", a, k, ["iterable", "start"], 1, 2)?;
    let it = p::get_iter(ts, &it.unwrap_or(Value::NONE))?;
    let mut n = match start {
        Some(s) => p::index(ts, &s)?,
        None => num_bigint::BigInt::from(0),
    };
    Ok(new_native_iter(
        ty,
        Box::new(move |ts| match p::next(ts, &it)? {
            Some(v) => {
                let r = new_tuple(vec![int_from_bigint(n.clone()), v]);
                n += 1;
                Ok(Some(r))
            }
            None => Ok(None),
        }),
    ))
}

fn zip_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kw) = split_kwargs(a, k);
    let mut strict = false;
    if kw.len() > 1 {
        return Err(ts.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            kw.len()
        )));
    }
    for (name, v) in kw {
        if name == "strict" {
            strict = p::truthy(ts, v)?;
        } else {
            return Err(ts.type_error(format!("'{name}' is an invalid keyword argument for zip()")));
        }
    }
    let mut its = Vec::new();
    for x in pos {
        its.push(p::get_iter(ts, x)?);
    }
    Ok(new_native_iter(
        ty,
        Box::new(move |ts| {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match p::next(ts, it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                return Err(ts.value_error(format!(
                                    "zip() argument {} is shorter than argument{} {}",
                                    i + 1,
                                    if i == 1 { "" } else { "s" },
                                    if i == 1 {
                                        "1".to_string()
                                    } else {
                                        format!("1-{i}")
                                    }
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if p::next(ts, other)?.is_some() {
                                    return Err(ts.value_error(format!(
                                        "zip() argument {} is longer than argument{} {}",
                                        j + 1,
                                        if j == 1 { "" } else { "s" },
                                        if j == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{j}")
                                        }
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(new_tuple(out)))
        }),
    ))
}

fn map_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::no_kwargs(ts, "map", k)?;
    if a.len() < 2 {
        return Err(ts.type_error("map() must have at least two arguments."));
    }
    let f = a[0].clone();
    let mut its = Vec::new();
    for x in &a[1..] {
        its.push(p::get_iter(ts, x)?);
    }
    Ok(new_native_iter(
        ty,
        Box::new(move |ts| {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match p::next(ts, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(p::call(ts, &f, &args, &[])?))
        }),
    ))
}

fn filter_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::no_kwargs(ts, "filter", k)?;
    if a.len() != 2 {
        return Err(ts.type_error(format!("filter expected 2 arguments, got {}", a.len())));
    }
    let f = a[0].clone();
    let it = p::get_iter(ts, &a[1])?;
    Ok(new_native_iter(
        ty,
        Box::new(move |ts| loop {
            let Some(v) = p::next(ts, &it)? else {
                return Ok(None);
            };
            let keep = if f.is_none() {
                p::truthy(ts, &v)?
            } else {
                p::truthy(ts, &p::call(ts, &f, std::slice::from_ref(&v), &[])?)?
            };
            if keep {
                return Ok(Some(v));
            }
        }),
    ))
}

/// `__length_hint__` of list, tuple and range iterators: the items left.
fn fast_iter_length_hint(ts: &ThreadState, a: &[Value], _: &[Value]) -> PyResult<Value> {
    use crate::object::iter::FastIter;
    let it = a
        .first()
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<NativeIterData>())
        .ok_or_else(|| ts.type_error("__length_hint__ needs an iterator"))?;
    let left = match &it.fast {
        FastIter::Range { left, .. } => left.get().max(0),
        FastIter::Seq { seq, index } => {
            let seq = seq.get();
            let len = if seq.is_null() { 0 } else { p::len(ts, &seq)? };
            len.saturating_sub(index.get()) as i64
        }
        FastIter::None => 0,
    };
    Ok(int_from_i64(left))
}

fn reversed_new(ts: &ThreadState, ty: &ObjRef, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::call::no_kwargs(ts, "reversed", k)?;
    if a.len() != 1 {
        return Err(ts.type_error(format!("reversed expected 1 argument, got {}", a.len())));
    }
    let seq = a[0].clone();
    if let Some(r) = p::lookup_special(ts, &seq, "__reversed__")? {
        if r.is_none() {
            return Err(ts.type_error(format!("'{}' object is not reversible", type_name(&seq))));
        }
        return p::call(ts, &r, &[], &[]);
    }
    let has_getitem = crate::types::type_data(crate::types::type_of(&seq))
        .slots()
        .getitem
        .is_some();
    let n = match crate::types::type_data(crate::types::type_of(&seq))
        .slots()
        .len
    {
        Some(f) if has_getitem && crate::object::containers::as_dict(&seq).is_none() => {
            f(ts, &seq)? as i64
        }
        None if has_getitem && crate::object::containers::as_dict(&seq).is_none() => {
            return Err(ts.type_error(format!("object of type '{}' has no len()", type_name(&seq))))
        }
        _ => return Err(ts.type_error(format!("'{}' object is not reversible", type_name(&seq)))),
    };
    let pos = std::rc::Rc::new(std::cell::Cell::new(n - 1));
    let hint_pos = pos.clone();
    Ok(crate::object::iter::new_native_iter_with_hint(
        ty,
        Box::new(move |ts| {
            let i = pos.get();
            if i < 0 {
                return Ok(None);
            }
            let v = p::getitem(ts, &seq, &int_from_i64(i))?;
            pos.set(i - 1);
            Ok(Some(v))
        }),
        Box::new(move || (hint_pos.get() + 1).max(0) as usize),
    ))
}
