//! The import system: `IMPORT_NAME`/`IMPORT_FROM`/`import *`, `__import__`, packages and
//! relative imports, with modules found as `.py` files or package directories on `sys.path`
//! and native modules registered by the interpreter. Also the source cache tracebacks read
//! lines from. See docs/design/stdlib-bridge.md.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::object::containers::{as_dict, as_list, as_tuple, new_dict, new_list, DictData};
use crate::object::misc::ModuleData;
use crate::object::str::{as_str, intern, new_str};
use crate::object::{alloc, ObjRef};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{dict_set_str, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

thread_local! {
    static SOURCES: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
}

/// Remembers the source of a compiled file (for traceback lines).
pub fn remember_source(filename: &str, text: &str) {
    SOURCES.with(|s| s.borrow_mut().insert(filename.to_string(), Rc::from(text)));
}

/// The source text of a file, from the cache or the disk.
pub fn cached_source(filename: &str) -> Option<Rc<str>> {
    if let Some(s) = SOURCES.with(|s| s.borrow().get(filename).cloned()) {
        return Some(s);
    }
    if filename.starts_with('<') {
        return None;
    }
    let text: Rc<str> = Rc::from(std::fs::read_to_string(filename).ok()?);
    SOURCES.with(|s| s.borrow_mut().insert(filename.to_string(), text.clone()));
    Some(text)
}

/// A new module object named `name` with a fresh namespace.
pub fn new_module(ts: &ThreadState, name: &str) -> ObjRef {
    let dict = new_dict();
    dict_set_str(&dict, "__name__", new_str(name));
    dict_set_str(&dict, "__doc__", Value::NONE);
    dict_set_str(&dict, "__package__", Value::NONE);
    dict_set_str(&dict, "__loader__", Value::NONE);
    dict_set_str(&dict, "__spec__", Value::NONE);
    let _ = ts;
    let m = alloc(&types().module, ModuleData { dict: dict.clone() });
    m.set_dict(Some(dict));
    m
}

/// The namespace dict of a module value.
pub fn module_dict(m: &Value) -> Option<ObjRef> {
    m.as_obj()
        .and_then(|o| o.downcast::<ModuleData>())
        .map(|d| d.dict.clone())
}

fn modules(ts: &ThreadState) -> &ObjRef {
    &ts.interp.modules
}

fn sys_modules_get(ts: &ThreadState, name: &str) -> Option<Value> {
    p::dict_get_str(modules(ts), name).filter(|v| !v.is_none())
}

/// Sets an ImportError's `name` and `msg` (and `path` to None).
fn set_import_error_fields(e: &PyErr, name: Value, msg: Value) {
    let v = e.0.clone().into_value();
    crate::builtins::exceptions::set_field(&v, "name", name);
    crate::builtins::exceptions::set_field(&v, "msg", msg);
    crate::builtins::exceptions::set_field(&v, "path", Value::NONE);
}

fn module_not_found(ts: &ThreadState, name: &str) -> PyErr {
    let e = ts.new_error(
        &types().module_not_found_error,
        format!("No module named '{name}'"),
    );
    set_import_error_fields(
        &e,
        new_str(name),
        new_str(format!("No module named '{name}'")),
    );
    e
}

/// Resolves a relative module name against the importing module's package.
fn resolve_name(ts: &ThreadState, name: &str, globals: &Value, level: i64) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return Err(ts.value_error("Empty module name"));
        }
        return Ok(name.to_string());
    }
    let g = globals.as_obj();
    let package = g
        .and_then(|d| p::dict_get_str(d, "__package__"))
        .filter(|v| !v.is_none());
    let package = match package {
        Some(pk) => as_str(&pk)
            .map(str::to_string)
            .ok_or_else(|| ts.type_error("package must be a string"))?,
        None => {
            let modname = g
                .and_then(|d| p::dict_get_str(d, "__name__"))
                .and_then(|n| as_str(&n).map(str::to_string));
            let is_pkg = g.and_then(|d| p::dict_get_str(d, "__path__")).is_some();
            match modname {
                Some(n) if is_pkg => n,
                Some(n) => n
                    .rsplit_once('.')
                    .map(|(a, _)| a.to_string())
                    .unwrap_or_default(),
                None if g.is_some_and(|d| d.is::<DictData>()) => {
                    return Err(ts.key_error(new_str("'__name__' not in globals")));
                }
                None => String::new(),
            }
        }
    };
    if package.is_empty() {
        return Err(ts.new_error(
            &types().import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((a, _)) => base = a,
            None => {
                return Err(ts.new_error(
                    &types().import_error,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// Imports the module `fullname` (and its parents), returning it.
pub fn import_module(ts: &ThreadState, fullname: &str) -> PyResult<Value> {
    match p::dict_get_str(modules(ts), fullname) {
        Some(m) if m.is_none() => {
            let msg = format!("import of {fullname} halted; None in sys.modules");
            let e = ts.new_error(&types().module_not_found_error, msg.clone());
            set_import_error_fields(&e, new_str(fullname), new_str(msg));
            return Err(e);
        }
        Some(m) => return Ok(m),
        None => {}
    }
    let (parent, child) = match fullname.rsplit_once('.') {
        Some((a, b)) => (Some(a), b),
        None => (None, fullname),
    };
    let search: Vec<String> = match parent {
        Some(pn) => {
            let pm = import_module(ts, pn)?;
            if let Some(m) = sys_modules_get(ts, fullname) {
                return Ok(m);
            }
            let path = module_dict(&pm).and_then(|d| p::dict_get_str(&d, "__path__"));
            match path {
                Some(pl) => p::collect(ts, &pl)?
                    .iter()
                    .filter_map(|x| as_str(x).map(str::to_string))
                    .collect(),
                None => {
                    return Err(ts.new_error(
                        &types().module_not_found_error,
                        format!("No module named '{fullname}'; '{pn}' is not a package"),
                    ))
                }
            }
        }
        None => {
            if let Some(m) = crate::interpreter::native_module(ts, fullname)? {
                return Ok(m);
            }
            let sys_path = crate::builtins::sys::sys_attr(ts, "path").unwrap_or(Value::NONE);
            let entries = as_list(&sys_path).map(|l| l.0.get()).unwrap_or_default();
            entries
                .iter()
                .filter_map(|x| as_str(x).map(str::to_string))
                .collect()
        }
    };
    for dir in search {
        let base = if dir.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(&dir)
        };
        let pkg_init = base.join(child).join("__init__.py");
        if pkg_init.is_file() {
            let pkg_dir = base.join(child);
            return load_source_module(ts, fullname, &pkg_init, Some(&pkg_dir), parent);
        }
        let file = base.join(format!("{child}.py"));
        if file.is_file() {
            return load_source_module(ts, fullname, &file, None, parent);
        }
    }
    Err(module_not_found(ts, fullname))
}

fn display_path(p_: &Path) -> String {
    let s = p_.to_string_lossy().into_owned();
    s.strip_prefix("./").map_or(s.clone(), str::to_string)
}

fn load_source_module(
    ts: &ThreadState,
    fullname: &str,
    file: &Path,
    pkg_dir: Option<&Path>,
    parent: Option<&str>,
) -> PyResult<Value> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| ts.os_error(&e, Some(new_str(display_path(file)))))?;
    let filename = match std::fs::canonicalize(file) {
        Ok(abs) => abs.to_string_lossy().into_owned(),
        Err(_) => display_path(file),
    };
    let m = new_module(ts, fullname);
    let dict = module_dict(m.as_value()).ok_or_else(|| ts.runtime_error("module dict"))?;
    dict_set_str(&dict, "__file__", new_str(filename.as_str()));
    dict_set_str(&dict, "__cached__", Value::NONE);
    dict_set_str(
        &dict,
        "__builtins__",
        ts.interp.builtins_module.clone().into_value(),
    );
    match pkg_dir {
        Some(d) => {
            let dabs = std::fs::canonicalize(d)
                .map_or_else(|_| display_path(d), |a| a.to_string_lossy().into_owned());
            dict_set_str(&dict, "__path__", new_list(vec![new_str(dabs)]));
            dict_set_str(&dict, "__package__", new_str(fullname));
        }
        None => dict_set_str(&dict, "__package__", new_str(parent.unwrap_or(""))),
    }
    p::dict_set_str(ts, modules(ts), fullname, m.clone().into_value())?;
    let result = (|| {
        let code =
            crate::interpreter::compile_source(ts, &text, &filename, ferrum_compiler::Mode::Exec)?;
        crate::interpreter::run_code(ts, &code, dict.as_value(), dict.as_value())
    })();
    if let Err(e) = result {
        if let Some(d) = as_dict(modules(ts).as_value()) {
            let _ = p::dict_del(ts, d, &new_str(fullname));
        }
        return Err(e);
    }
    // Bind the submodule on its parent.
    if let Some(pn) = parent {
        if let Some(pm) = sys_modules_get(ts, pn) {
            let child = fullname.rsplit_once('.').map_or(fullname, |(_, c)| c);
            let final_mod = sys_modules_get(ts, fullname).unwrap_or_else(|| m.clone().into_value());
            p::setattr(ts, &pm, &intern(child), Some(final_mod))?;
        }
    }
    Ok(sys_modules_get(ts, fullname).unwrap_or_else(|| m.into_value()))
}

/// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`.
pub fn import_name(
    ts: &ThreadState,
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let import = p::dict_get_str(&ts.interp.builtins, "__import__");
    if let Some(f) = import {
        let is_builtin = f.as_obj().is_some_and(|o| {
            o.downcast::<crate::object::function::BuiltinFunctionData>()
                .is_some_and(|b| b.name == "__import__")
        });
        if !is_builtin {
            return p::call(
                ts,
                &f,
                &[
                    name.clone(),
                    globals.clone(),
                    Value::NONE,
                    fromlist.clone(),
                    level.clone(),
                ],
                &[],
            );
        }
    }
    import_impl(ts, name, globals, fromlist, level)
}

fn import_impl(
    ts: &ThreadState,
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let name_s = as_str(name).ok_or_else(|| ts.type_error("module name must be a string"))?;
    let level = crate::object::int::as_i64(level).unwrap_or(0);
    if level < 0 {
        return Err(ts.value_error("level must be >= 0"));
    }
    if level == 0 && name_s.starts_with('.') {
        return Err(module_not_found(ts, name_s));
    }
    let full = resolve_name(ts, name_s, globals, level)?;
    let module = import_module(ts, &full)?;
    let has_fromlist = !fromlist.is_none() && p::truthy(ts, fromlist)?;
    if !has_fromlist {
        if level == 0 {
            let top = name_s.split('.').next().unwrap_or(name_s);
            return sys_modules_get(ts, top).ok_or_else(|| module_not_found(ts, top));
        }
        if name_s.is_empty() {
            return Ok(module);
        }
        let cut = full.len() - name_s.len();
        let top = format!("{}{}", &full[..cut], name_s.split('.').next().unwrap_or(""));
        return sys_modules_get(ts, &top).ok_or_else(|| module_not_found(ts, &top));
    }
    // Import submodules named in the fromlist of a package.
    if module_dict(&module)
        .and_then(|d| p::dict_get_str(&d, "__path__"))
        .is_some()
    {
        for item in p::collect(ts, fromlist)? {
            let Some(s) = as_str(&item) else { continue };
            if s == "*" {
                continue;
            }
            if p::getattr_opt(ts, &module, s)?.is_none() {
                let sub = format!("{full}.{s}");
                match import_module(ts, &sub) {
                    Ok(_) => {}
                    Err(e) if p::is_instance_of(e.value(), &types().module_not_found_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(module)
}

/// `builtins.__import__`.
pub fn builtin_import(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = crate::call::parse_args(
        ts,
        "__import__",
        a,
        k,
        ["name", "globals", "locals", "fromlist", "level"],
        1,
        5,
    )?;
    import_impl(
        ts,
        &name.unwrap_or(Value::NONE),
        &globals.unwrap_or(Value::NONE),
        &fromlist.unwrap_or(Value::NONE),
        &level.unwrap_or(Value::small_int(0)),
    )
}

/// `IMPORT_FROM`: an attribute of the module, or its submodule.
pub fn import_from(ts: &ThreadState, module: &Value, name: &ObjRef) -> PyResult<Value> {
    let n = as_str(name.as_value()).unwrap_or("");
    if let Some(v) = p::getattr_opt(ts, module, n)? {
        return Ok(v);
    }
    let modname = module_dict(module)
        .and_then(|d| p::dict_get_str(&d, "__name__"))
        .and_then(|x| as_str(&x).map(str::to_string));
    if let Some(mn) = &modname {
        if let Some(v) = sys_modules_get(ts, &format!("{mn}.{n}")) {
            return Ok(v);
        }
    }
    let file = module_dict(module)
        .and_then(|d| p::dict_get_str(&d, "__file__"))
        .and_then(|x| as_str(&x).map(str::to_string));
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let msg = match file {
        Some(f) => format!("cannot import name '{n}' from '{mn}' ({f})"),
        None => format!("cannot import name '{n}' from '{mn}' (unknown location)"),
    };
    let e = ts.new_error(&types().import_error, msg.clone());
    set_import_error_fields(&e, new_str(mn), new_str(msg));
    Err(e)
}

/// `from module import *` into `locals`.
pub fn import_star(ts: &ThreadState, module: &Value, locals: &Value) -> PyResult<()> {
    let Some(d) = module_dict(module) else {
        return Err(ts.type_error("import * requires a module"));
    };
    let names: Vec<Value> = match p::dict_get_str(&d, "__all__") {
        Some(all) => p::collect(ts, &all)?,
        None => d
            .downcast::<DictData>()
            .map(|dd| {
                dd.0.with(|t| {
                    t.iter()
                        .map(|e| e.key.clone())
                        .filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_')))
                        .collect()
                })
            })
            .unwrap_or_default(),
    };
    for n in names {
        let s = as_str(&n)
            .ok_or_else(|| ts.type_error("attribute name must be string"))?
            .to_string();
        let v = p::getattr_str(ts, module, &s)?;
        p::setitem(ts, locals, &n, v)?;
    }
    let _ = as_tuple;
    Ok(())
}
