//! The builtin types' behaviour (slots and methods) and the `builtins`, `sys` and other
//! native modules. One file per type or module, named after CPython's `Objects/*object.c` and
//! `Python/bltinmodule.c`. [`init`] installs everything into the type objects once. See
//! docs/design/stdlib-bridge.md.

pub mod atexit;
pub mod bytes_methods;
pub mod classes;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod dict;
pub mod dis;
pub mod errno;
pub mod exception_group;
pub mod exceptions;
pub mod format;
pub mod frameobject;
pub mod function;
pub mod functions;
pub mod gc;
pub mod heapbisect;
pub mod helper;
pub mod io;
pub mod iterators;
pub mod itertools;
pub mod list;
pub mod math;
pub mod memoryview;
pub mod namespace;
pub mod numbers;
pub mod operator;
pub mod pattern;
pub mod posix;
pub mod random;
pub mod range;
pub mod set;
pub mod sha512;
pub mod slice;
pub mod sort;
pub mod sre;
pub mod str;
pub mod string;
pub mod structmod;
pub mod structseq;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;
pub mod tuple;
pub mod unicodedata;
pub mod weakref;
pub mod with;

use std::sync::Once;

/// Installs slots and methods on every builtin type (idempotent).
pub fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        classes::init();
        namespace::init();
        function::init();
        numbers::init();
        str::init();
        str::init_bytearray_methods();
        bytes_methods::init();
        list::init();
        tuple::init();
        dict::init();
        set::init();
        range::init();
        slice::init();
        iterators::init();
        crate::asyncgen::init();
        exceptions::init();
        io::init();
        traceback::init();
        frameobject::init();
        weakref::init();
        memoryview::init();
        thread::init();
        posix::init();
        collections::init();
        crate::types::finish_inheritance();
    });
}

/// Whether `name` is one of `sys.builtin_module_names`.
fn is_builtin_module(ts: &crate::thread_state::ThreadState, name: &str) -> bool {
    sys::sys_attr(ts, "builtin_module_names")
        .and_then(|t| {
            crate::object::containers::as_tuple(&t).map(|items| {
                items
                    .iter()
                    .any(|n| crate::object::str::as_str(n) == Some(name))
            })
        })
        .unwrap_or(false)
}

/// Installs the module type's slots.
pub fn module_type_init() {
    use crate::object::misc::ModuleData;
    use crate::object::str::{as_str, new_str};
    classes::set_slots(&crate::types::types().module, |s| {
        s.repr = Some(|ts, v| {
            let Some(m) = v.as_obj().and_then(|o| o.downcast::<ModuleData>()) else {
                return Ok(new_str("<module>"));
            };
            let name = crate::protocol::dict_get_str(&m.dict, "__name__")
                .and_then(|n| as_str(&n).map(str::to_string))
                .unwrap_or_else(|| "?".into());
            Ok(new_str(
                match crate::protocol::dict_get_str(&m.dict, "__file__")
                    .and_then(|f| as_str(&f).map(str::to_string))
                {
                    Some(f) => format!("<module '{name}' from '{f}'>"),
                    // Native modules (those `sys.builtin_module_names` lists); a module made
                    // by `types.ModuleType` shows its name alone.
                    None if is_builtin_module(ts, &name) => {
                        format!("<module '{name}' (built-in)>")
                    }
                    None => format!("<module '{name}'>"),
                },
            ))
        });
        s.new = Some(|ts, ty, a, k| {
            let (pos, kws) = crate::call::split_kwargs(a, k);
            let mut name = pos.first().cloned();
            let mut doc = pos.get(1).cloned();
            for (kn, kv) in kws {
                match kn {
                    "name" => name = Some(kv.clone()),
                    "doc" => doc = Some(kv.clone()),
                    _ => {
                        return Err(ts.type_error(format!(
                            "module() got an unexpected keyword argument '{kn}'"
                        )))
                    }
                }
            }
            let Some(name) = name else {
                return Err(ts.type_error("module() missing required argument 'name' (pos 1)"));
            };
            let Some(name_s) = as_str(&name) else {
                return Err(ts.type_error(format!(
                    "module() argument 'name' must be str, not {}",
                    crate::protocol::type_name(&name)
                )));
            };
            let m = crate::import::new_module(ts, name_s);
            if let (Some(d), Some(md)) = (doc, m.dict()) {
                crate::types::dict_set_str(&md, "__doc__", d);
            }
            let _ = ty;
            Ok(m.into_value())
        });
    });
}
