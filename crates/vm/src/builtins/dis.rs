//! Code objects as Python sees them (`co_code`, `co_consts`, `co_lines()`, ...) and the
//! native `dis` and `opcode` modules, which render Ferrum's bytecode in the layout of
//! CPython 3.13's `dis`. See docs/design/bytecode.md.

use ferrum_bytecode::dis::{decode, disassemble, Options};
use ferrum_bytecode::{line_table, Constant, Opcode};

use crate::builtins::classes::{payload, set_slots};
use crate::call::parse_args;
use crate::object::containers::{new_bytes, new_dict, new_list, new_tuple};
use crate::object::function::{CodeData, FunctionData, MethodData};
use crate::object::int::int_from_i64;
use crate::object::str::{as_str, new_str};
use crate::object::ObjRef;
use crate::protocol::{self as p, new_builtin_function, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, dict_set_str, types};
use crate::value::Value;
use crate::PyResult;

fn code(v: &Value) -> &CodeData {
    payload::<CodeData>(v)
}

fn strs(v: &[std::sync::Arc<str>]) -> Value {
    new_tuple(v.iter().map(|s| new_str(&**s)).collect())
}

fn opt_int(v: Option<u32>) -> Value {
    v.map_or(Value::NONE, |x| int_from_i64(i64::from(x)))
}

/// `repr` of a code object.
pub fn code_repr(c: &CodeData, addr: usize) -> String {
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.code.name, addr, c.code.filename, c.code.firstlineno
    )
}

/// Installs the code type's attributes.
pub fn init_code_type() {
    let t = types();
    set_slots(&t.code, |s| {
        s.repr = Some(|_, v| {
            Ok(new_str(code_repr(
                code(v),
                v.as_obj().map_or(0, |o| o.as_ptr() as usize),
            )))
        });
        s.hash = Some(|_, v| Ok(p::id_hash(v)));
    });
    add_getsets(
        &t.code,
        &[
            (
                "co_code",
                |_, v| Ok(new_bytes(code(v).code.code_bytes())),
                None,
            ),
            (
                "_co_code_adaptive",
                |_, v| {
                    let units = &code(v).instrs;
                    Ok(new_bytes(
                        units
                            .iter()
                            .flat_map(|u| [u.op, u.arg])
                            .collect::<Vec<u8>>(),
                    ))
                },
                None,
            ),
            (
                "co_consts",
                |_, v| Ok(new_tuple(code(v).consts.to_vec())),
                None,
            ),
            ("co_names", |_, v| Ok(strs(&code(v).code.names)), None),
            (
                "co_varnames",
                |_, v| Ok(strs(&code(v).code.varnames())),
                None,
            ),
            (
                "co_cellvars",
                |_, v| Ok(strs(&code(v).code.cellvars())),
                None,
            ),
            (
                "co_freevars",
                |_, v| Ok(strs(&code(v).code.freevars())),
                None,
            ),
            (
                "co_argcount",
                |_, v| Ok(int_from_i64(i64::from(code(v).code.argcount))),
                None,
            ),
            (
                "co_posonlyargcount",
                |_, v| Ok(int_from_i64(i64::from(code(v).code.posonlyargcount))),
                None,
            ),
            (
                "co_kwonlyargcount",
                |_, v| Ok(int_from_i64(i64::from(code(v).code.kwonlyargcount))),
                None,
            ),
            (
                "co_nlocals",
                |_, v| Ok(int_from_i64(code(v).code.nlocals() as i64)),
                None,
            ),
            (
                "co_stacksize",
                |_, v| Ok(int_from_i64(i64::from(code(v).code.stacksize))),
                None,
            ),
            (
                "co_flags",
                |_, v| Ok(int_from_i64(i64::from(code(v).code.flags))),
                None,
            ),
            (
                "co_firstlineno",
                |_, v| Ok(int_from_i64(i64::from(code(v).code.firstlineno))),
                None,
            ),
            (
                "co_filename",
                |_, v| Ok(new_str(&*code(v).code.filename)),
                None,
            ),
            ("co_name", |_, v| Ok(new_str(&*code(v).code.name)), None),
            (
                "co_qualname",
                |_, v| Ok(new_str(&*code(v).code.qualname)),
                None,
            ),
            (
                "co_linetable",
                |_, v| Ok(new_bytes(code(v).code.linetable.clone())),
                None,
            ),
            (
                "co_exceptiontable",
                |_, v| Ok(new_bytes(code(v).code.exceptiontable.clone())),
                None,
            ),
        ],
    );
    add_methods(
        &t.code,
        &[
            ("co_lines", |_, a, _| {
                let c = code(&a[0]);
                let ranges =
                    line_table::decode(c.code.firstlineno, &c.code.linetable).unwrap_or_default();
                let mut out: Vec<Value> = Vec::new();
                let mut last: Option<(u32, u32, Option<u32>)> = None;
                for (s, e, loc) in ranges {
                    match &mut last {
                        Some((_, le, ll)) if *ll == loc.line && *le == s => *le = e,
                        _ => {
                            if let Some((ls, le, ll)) = last.take() {
                                out.push(new_tuple(vec![
                                    int_from_i64(i64::from(ls * 2)),
                                    int_from_i64(i64::from(le * 2)),
                                    opt_int(ll),
                                ]));
                            }
                            last = Some((s, e, loc.line));
                        }
                    }
                }
                if let Some((ls, le, ll)) = last {
                    out.push(new_tuple(vec![
                        int_from_i64(i64::from(ls * 2)),
                        int_from_i64(i64::from(le * 2)),
                        opt_int(ll),
                    ]));
                }
                p::get_iter_of_list(out)
            }),
            ("co_positions", |_, a, _| {
                let c = code(&a[0]);
                let ranges =
                    line_table::decode(c.code.firstlineno, &c.code.linetable).unwrap_or_default();
                let mut out = Vec::new();
                for (s, e, loc) in ranges {
                    for _ in s..e {
                        out.push(new_tuple(vec![
                            opt_int(loc.line),
                            opt_int(loc.end_line),
                            opt_int(loc.col),
                            opt_int(loc.end_col),
                        ]));
                    }
                }
                p::get_iter_of_list(out)
            }),
            ("replace", |ts, a, k| {
                // Only `co_flags` is supported (what `types.coroutine` needs); other
                // fields keep their values.
                let (pos, kw) = crate::call::split_kwargs(a, k);
                let Some(this) = pos.first() else {
                    return Err(ts.type_error("replace() needs a code object"));
                };
                let mut flags_v = None;
                for (name, v) in kw {
                    if name == "co_flags" {
                        flags_v = Some(p::index_i64(ts, v)?);
                    }
                }
                let Some(fl) = flags_v else {
                    return Ok(this.clone());
                };
                let c = payload::<CodeData>(this);
                let mut new = (*c.code).clone();
                new.flags =
                    u32::try_from(fl).map_err(|_| ts.value_error("co_flags out of range"))?;
                Ok(crate::object::code::new_code_object(std::sync::Arc::new(new)).into_value())
            }),
        ],
    );
}

/// Renders a constant for the disassembler, as `repr` would.
fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => crate::object::float::float_repr(*f),
        Constant::Complex(re, im) => crate::object::complex::complex_repr(*re, *im),
        Constant::Str(s) => crate::object::str::str_repr(s),
        Constant::Bytes(b) => crate::builtins::str::bytes_repr(b, "b"),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name,
            std::sync::Arc::as_ptr(c) as usize,
            c.filename,
            c.firstlineno
        ),
    }
}

/// Disassembles a code object the way `dis.dis` prints it.
pub fn dis_text(c: &CodeData, show_offsets: bool, show_caches: bool) -> String {
    let mut out = String::new();
    disassemble(
        &c.code,
        Options {
            show_offsets,
            show_caches,
            recursive: true,
        },
        &const_repr,
        &mut out,
    );
    out
}

fn code_of(ts: &ThreadState, v: &Value) -> PyResult<ObjRef> {
    if let Some(o) = v.as_obj() {
        if o.is::<CodeData>() {
            return Ok(o.clone());
        }
        if let Some(f) = o.downcast::<FunctionData>() {
            return Ok(f.code.get());
        }
        if let Some(m) = o.downcast::<MethodData>() {
            return code_of(ts, &m.func);
        }
    }
    if let Some(s) = as_str(v) {
        let c = crate::interpreter::compile_source(ts, s, "<dis>", ferrum_compiler::Mode::Exec)?;
        return code_of(ts, &c);
    }
    if let Some(c) = p::getattr_opt(ts, v, "__code__")? {
        return code_of(ts, &c);
    }
    Err(ts.type_error(format!(
        "don't know how to disassemble {} objects",
        type_name(v)
    )))
}

fn dis_dis(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [x, file, _depth, show_caches, _adaptive, show_offsets] = parse_args(
        ts,
        "dis",
        a,
        k,
        [
            "x",
            "file",
            "depth",
            "show_caches",
            "adaptive",
            "show_offsets",
        ],
        0,
        1,
    )?;
    let x = x.unwrap_or(Value::NONE);
    let truthy =
        |v: Option<Value>| -> PyResult<bool> { v.map_or(Ok(false), |v| p::truthy(ts, &v)) };
    let show_caches = truthy(show_caches)?;
    let show_offsets = truthy(show_offsets)?;
    let text = if x
        .as_obj()
        .is_some_and(|o| o.is::<crate::object::typeobj::TypeData>())
    {
        let mut out = String::new();
        let items = crate::builtins::dict::mapping_items(ts, &p::getattr_str(ts, &x, "__dict__")?)?;
        let mut items: Vec<(String, Value)> = items
            .into_iter()
            .map(|(k, v)| (as_str(&k).unwrap_or("").to_string(), v))
            .collect();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, v) in items {
            if let Ok(c) = code_of(ts, &v) {
                if v.as_obj().is_some_and(|o| o.is::<CodeData>()) {
                    continue;
                }
                out.push_str(&format!("Disassembly of {name}:\n"));
                out.push_str(&dis_text(
                    payload::<CodeData>(c.as_value()),
                    show_offsets,
                    show_caches,
                ));
                out.push('\n');
            }
        }
        out
    } else {
        let c = code_of(ts, &x)?;
        dis_text(payload::<CodeData>(c.as_value()), show_offsets, show_caches)
    };
    let file = match file.filter(|f| !f.is_none()) {
        Some(f) => f,
        None => crate::builtins::sys::sys_attr(ts, "stdout").unwrap_or(Value::NONE),
    };
    p::call_method(ts, &file, "write", &[new_str(text)])?;
    Ok(Value::NONE)
}

fn get_instructions(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [x, _first_line, _show_caches, _adaptive] = parse_args(
        ts,
        "get_instructions",
        a,
        k,
        ["x", "first_line", "show_caches", "adaptive"],
        1,
        1,
    )?;
    let c = code_of(ts, &x.unwrap_or(Value::NONE))?;
    let cd = payload::<CodeData>(c.as_value());
    let instrs = decode(&cd.code.code, true);
    let labels = ferrum_bytecode::dis::labels(&cd.code, &instrs);
    let ranges = line_table::decode(cd.code.firstlineno, &cd.code.linetable).unwrap_or_default();
    let mut out = Vec::new();
    let mut prev_line = None;
    for ins in instrs {
        let name = ins.opcode.map_or("<unknown>", Opcode::name);
        let argrepr = ferrum_bytecode::dis::argrepr(&cd.code, &ins, &labels, &const_repr);
        let loc = ranges
            .iter()
            .find(|(s, e, _)| (*s..*e).contains(&ins.offset))
            .map(|r| r.2)
            .unwrap_or_default();
        let starts = loc.line != prev_line;
        prev_line = loc.line;
        let inst = crate::object::alloc(&types().simple_namespace, crate::object::misc::ObjectData);
        let d = new_dict();
        dict_set_str(&d, "opname", new_str(name));
        dict_set_str(&d, "opcode", int_from_i64(i64::from(ins.op)));
        let has_arg = ins.opcode.is_none_or(Opcode::has_arg);
        dict_set_str(
            &d,
            "arg",
            if has_arg {
                int_from_i64(i64::from(ins.arg))
            } else {
                Value::NONE
            },
        );
        let argval = match ins.opcode.map(Opcode::arg_kind) {
            Some(ferrum_bytecode::ArgKind::Const) => cd
                .consts
                .get(ins.arg as usize)
                .cloned()
                .unwrap_or(Value::NONE),
            Some(ferrum_bytecode::ArgKind::Name) => cd
                .code
                .names
                .get(ins.arg as usize)
                .map_or(Value::NONE, |n| new_str(&**n)),
            Some(ferrum_bytecode::ArgKind::NameShift1) => cd
                .code
                .names
                .get((ins.arg >> 1) as usize)
                .map_or(Value::NONE, |n| new_str(&**n)),
            Some(ferrum_bytecode::ArgKind::Local | ferrum_bytecode::ArgKind::Deref) => cd
                .code
                .localsplusnames
                .get(ins.arg as usize)
                .map_or(Value::NONE, |n| new_str(&**n)),
            Some(
                ferrum_bytecode::ArgKind::JumpForward | ferrum_bytecode::ArgKind::JumpBackward,
            ) => ins
                .jump_target()
                .map_or(Value::NONE, |t| int_from_i64(i64::from(t * 2))),
            _ => {
                if has_arg {
                    int_from_i64(i64::from(ins.arg))
                } else {
                    Value::NONE
                }
            }
        };
        dict_set_str(&d, "argval", argval);
        dict_set_str(&d, "argrepr", new_str(argrepr));
        dict_set_str(&d, "offset", int_from_i64(i64::from(ins.offset * 2)));
        dict_set_str(&d, "start_offset", int_from_i64(i64::from(ins.start * 2)));
        dict_set_str(&d, "starts_line", Value::from_bool(starts));
        dict_set_str(&d, "line_number", opt_int(loc.line));
        dict_set_str(
            &d,
            "is_jump_target",
            Value::from_bool(labels.contains_key(&ins.offset)),
        );
        dict_set_str(
            &d,
            "positions",
            new_tuple(vec![
                opt_int(loc.line),
                opt_int(loc.end_line),
                opt_int(loc.col),
                opt_int(loc.end_col),
            ]),
        );
        inst.set_dict(Some(d));
        out.push(inst.into_value());
    }
    p::get_iter_of_list(out)
}

/// Makes the `dis` module's namespace.
pub fn make_dis_module(dict: &ObjRef) {
    dict_set_str(dict, "__name__", new_str("dis"));
    dict_set_str(
        dict,
        "dis",
        new_builtin_function("dis", dis_dis, Some("dis")),
    );
    dict_set_str(
        dict,
        "disassemble",
        new_builtin_function("disassemble", dis_dis, Some("dis")),
    );
    dict_set_str(
        dict,
        "get_instructions",
        new_builtin_function("get_instructions", get_instructions, Some("dis")),
    );
    dict_set_str(
        dict,
        "code_info",
        new_builtin_function(
            "code_info",
            |ts, a, _| {
                let c = code_of(ts, a.first().unwrap_or(&Value::NONE))?;
                let cd = payload::<CodeData>(c.as_value());
                Ok(new_str(format!("Name:              {}\nFilename:          {}\nArgument count:    {}\nNumber of locals:  {}\nStack size:        {}\nFlags:             {}", cd.code.name, cd.code.filename, cd.code.argcount, cd.code.nlocals(), cd.code.stacksize, cd.code.flags)))
            },
            Some("dis"),
        ),
    );
    make_opcode_module(dict);
}

/// Makes the `opcode` module's namespace (also merged into `dis`).
pub fn make_opcode_module(dict: &ObjRef) {
    let mut names: Vec<Value> = (0..256).map(|i| new_str(format!("<{i}>"))).collect();
    let opmap = new_dict();
    let mut hasarg = Vec::new();
    let mut hasjump = Vec::new();
    let mut hasconst = Vec::new();
    let mut hasname = Vec::new();
    let mut haslocal = Vec::new();
    let mut hasfree = Vec::new();
    for op in Opcode::ALL {
        names[*op as usize] = new_str(op.name());
        dict_set_str(&opmap, op.name(), int_from_i64(i64::from(*op as u8)));
        let n = int_from_i64(i64::from(*op as u8));
        if op.has_arg() {
            hasarg.push(n.clone());
        }
        match op.arg_kind() {
            ferrum_bytecode::ArgKind::JumpForward | ferrum_bytecode::ArgKind::JumpBackward => {
                hasjump.push(n)
            }
            ferrum_bytecode::ArgKind::Const => hasconst.push(n),
            ferrum_bytecode::ArgKind::Name
            | ferrum_bytecode::ArgKind::NameShift1
            | ferrum_bytecode::ArgKind::NameShift2 => hasname.push(n),
            ferrum_bytecode::ArgKind::Local | ferrum_bytecode::ArgKind::LocalPair => {
                haslocal.push(n)
            }
            ferrum_bytecode::ArgKind::Deref => hasfree.push(n),
            _ => {}
        }
    }
    dict_set_str(dict, "opname", new_list(names));
    dict_set_str(dict, "opmap", opmap.into_value());
    dict_set_str(
        dict,
        "HAVE_ARGUMENT",
        int_from_i64(i64::from(ferrum_bytecode::HAVE_ARGUMENT)),
    );
    dict_set_str(
        dict,
        "EXTENDED_ARG",
        int_from_i64(i64::from(Opcode::ExtendedArg as u8)),
    );
    dict_set_str(dict, "hasarg", new_list(hasarg));
    dict_set_str(dict, "hasjump", new_list(hasjump.clone()));
    dict_set_str(dict, "hasjrel", new_list(hasjump));
    dict_set_str(dict, "hasconst", new_list(hasconst));
    dict_set_str(dict, "hasname", new_list(hasname));
    dict_set_str(dict, "haslocal", new_list(haslocal));
    dict_set_str(dict, "hasfree", new_list(hasfree));
    dict_set_str(
        dict,
        "cmp_op",
        new_tuple(
            ferrum_bytecode::instructions::COMPARE_OPS
                .iter()
                .map(|s| new_str(*s))
                .collect(),
        ),
    );
    let caches = new_dict();
    for op in Opcode::ALL {
        if op.cache_units() > 0 {
            dict_set_str(&caches, op.name(), int_from_i64(op.cache_units() as i64));
        }
    }
    dict_set_str(dict, "_inline_cache_entries", caches.into_value());
}
