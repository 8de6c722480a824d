//! Unit tests of the assembled output: stack depths (checked against CPython 3.13's
//! `co_stacksize`), EXTENDED_ARG, exception tables, location tables, localsplus layout,
//! flags, and compile errors.

use std::sync::Arc;

use ferrum_bytecode::code::{flags, local_kind};
use ferrum_bytecode::dis::decode;
use ferrum_bytecode::exception_table::{self, ExceptionEntry};
use ferrum_bytecode::line_table;
use ferrum_bytecode::{CodeObject, Constant, Opcode};
use ferrum_compiler::{compile, CompileErrorKind, CompileOptions, Mode};

fn module(src: &str) -> Arc<CodeObject> {
    compile(src, "t.py", Mode::Exec, &CompileOptions::default()).expect("compiles")
}

fn first_function(src: &str) -> Arc<CodeObject> {
    let m = module(src);
    for c in &m.consts {
        if let Constant::Code(c) = c {
            return c.clone();
        }
    }
    panic!("no function");
}

fn ops(code: &CodeObject) -> Vec<(Opcode, u32)> {
    decode(&code.code, false)
        .iter()
        .filter_map(|i| i.opcode.map(|o| (o, i.arg)))
        .collect()
}

/// Every jump lands on an instruction start and every handler on one too.
fn check_targets(code: &CodeObject) {
    let instrs = decode(&code.code, true);
    let starts: std::collections::HashSet<u32> = instrs.iter().map(|i| i.start).collect();
    for i in &instrs {
        if let Some(t) = i.jump_target() {
            assert!(
                starts.contains(&t),
                "jump from {} to {t} is not an instruction start",
                i.offset
            );
        }
    }
    for e in exception_table::decode(&code.exceptiontable).expect("table") {
        assert!(starts.contains(&e.target));
        assert!(e.start < e.end);
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            check_targets(inner);
        }
    }
}

#[test]
fn stack_sizes_match_cpython() {
    let cases = [
        ("def f(a, b):\n    return a + b\n", 2),
        ("def f(a, b, c):\n    return g(a, h(b, c), k=1)\n", 7),
        (
            "def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n",
            4,
        ),
        ("def f():\n    with a as b:\n        c()\n", 6),
        ("def f(x):\n    for i in x:\n        g(i)\n", 4),
        ("def f(x):\n    yield from x\n", 3),
    ];
    for (src, want) in cases {
        let f = first_function(src);
        assert_eq!(f.stacksize, want, "{src}");
        check_targets(&f);
    }
}

#[test]
fn add_function_shape() {
    let f = first_function("def add(a, b): return a + b\n");
    assert_eq!(
        ops(&f),
        vec![
            (Opcode::Resume, 0),
            (Opcode::LoadFastLoadFast, 0x01),
            (Opcode::BinaryOp, 0),
            (Opcode::ReturnValue, 0),
        ]
    );
    assert_eq!(f.argcount, 2);
    assert_eq!(&*f.qualname, "add");
    assert!(matches!(f.consts[0], Constant::None));
    assert_eq!(f.flags & (flags::OPTIMIZED | flags::NEWLOCALS), 3);
}

#[test]
fn extended_arg_for_many_constants() {
    let body: String = (0..300).map(|i| format!("    x = {i}.5\n")).collect();
    let f = first_function(&format!("def f():\n{body}    return x\n"));
    let instrs = decode(&f.code, true);
    assert!(instrs.iter().any(|i| i.opcode == Some(Opcode::ExtendedArg)));
    let loads: Vec<u32> = instrs
        .iter()
        .filter(|i| i.opcode == Some(Opcode::LoadConst))
        .map(|i| i.arg)
        .collect();
    assert_eq!(loads.len(), 300);
    // consts[0] is the docstring slot (None); 0.5 is at index 1.
    assert_eq!(loads[299], 300);
    assert!(matches!(f.consts[300], Constant::Float(v) if v == 299.5));
    check_targets(&f);
}

#[test]
fn long_jumps_get_extended_args() {
    let body: String = (0..400).map(|i| format!("        g({i}, {i})\n")).collect();
    let src = format!(
        "def f(x):\n    while x:\n        if x:\n    {body}\n        x -= 1\n    return x\n"
    );
    let f = first_function(&src.replace("\n    \n", "\n"));
    check_targets(&f);
    let instrs = decode(&f.code, false);
    let far = instrs
        .iter()
        .filter(|i| i.opcode.is_some_and(Opcode::is_jump))
        .any(|i| i.arg > 255);
    assert!(far);
}

#[test]
fn try_except_table() {
    let f = first_function("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n");
    let entries = exception_table::decode(&f.exceptiontable).expect("table");
    assert_eq!(entries.len(), 4, "{entries:?}");
    // Body -> handler at depth 0 without lasti; handler bodies -> cleanup with lasti.
    assert_eq!((entries[0].depth, entries[0].lasti), (0, false));
    assert!(entries[1..].iter().all(|e| e.depth == 1 && e.lasti));
    let instrs = decode(&f.code, false);
    let at = |off: u32| {
        instrs
            .iter()
            .find(|i| i.offset == off)
            .and_then(|i| i.opcode)
    };
    assert_eq!(at(entries[0].target), Some(Opcode::PushExcInfo));
    assert_eq!(at(entries[1].target), Some(Opcode::Copy));
}

#[test]
fn with_table() {
    let f = first_function("def f():\n    with a as b:\n        c()\n");
    let entries = exception_table::decode(&f.exceptiontable).expect("table");
    assert_eq!(
        entries
            .iter()
            .map(|e| (e.depth, e.lasti))
            .collect::<Vec<_>>(),
        vec![(1, true), (3, true)]
    );
    let e: &ExceptionEntry = &entries[0];
    let instrs = decode(&f.code, false);
    let first = instrs
        .iter()
        .find(|i| i.offset == e.start)
        .and_then(|i| i.opcode);
    assert_eq!(first, Some(Opcode::StoreFast));
}

#[test]
fn generator_wrapper() {
    let f = first_function("def g():\n    yield 1\n");
    let o = ops(&f);
    assert_eq!(o[0].0, Opcode::ReturnGenerator);
    assert_eq!(o[1].0, Opcode::PopTop);
    assert_eq!(o[2].0, Opcode::Resume);
    assert!(f.flags & flags::GENERATOR != 0);
    let entries = exception_table::decode(&f.exceptiontable).expect("table");
    assert_eq!(entries.len(), 1);
    assert!(entries[0].lasti);
    let n = o.len();
    assert_eq!(o[n - 2], (Opcode::CallIntrinsic1, 3));
    assert_eq!(o[n - 1], (Opcode::Reraise, 1));
}

#[test]
fn line_table_positions() {
    let m = module("x = 1\n\ny = (x +\n     2)\n");
    let locs = line_table::decode(m.firstlineno, &m.linetable).expect("decodes");
    let instrs = decode(&m.code, false);
    let line_of = |off: u32| {
        locs.iter()
            .find(|(s, e, _)| (*s..*e).contains(&off))
            .map(|(_, _, l)| *l)
    };
    // RESUME has line 0 in module code.
    assert_eq!(line_of(0).and_then(|l| l.line), Some(0));
    let binop = instrs
        .iter()
        .find(|i| i.opcode == Some(Opcode::BinaryOp))
        .expect("binop");
    let l = line_of(binop.offset).expect("location");
    assert_eq!(
        (l.line, l.end_line, l.col, l.end_col),
        (Some(3), Some(4), Some(5), Some(6))
    );
    // One location per code unit.
    assert_eq!(locs.last().map(|(_, e, _)| *e), Some(m.code.len() as u32));
}

#[test]
fn localsplus_layout() {
    let m = module(
        "def f(a, *b, c, **d):\n    e = 1\n    def g():\n        return a, e\n    return g\n",
    );
    let Some(Constant::Code(f)) = m.consts.iter().find(|c| matches!(c, Constant::Code(_))) else {
        panic!()
    };
    let names: Vec<&str> = f.localsplusnames.iter().map(|s| &**s).collect();
    assert_eq!(names, vec!["a", "c", "b", "d", "g", "e"]);
    assert_eq!(f.localspluskinds[0], local_kind::LOCAL | local_kind::CELL);
    assert_eq!(f.localspluskinds[5], local_kind::CELL);
    assert_eq!((f.argcount, f.kwonlyargcount), (1, 1));
    let o = ops(f);
    assert_eq!(o[0], (Opcode::MakeCell, 0));
    assert_eq!(o[1], (Opcode::MakeCell, 5));
    let Some(Constant::Code(g)) = f.consts.iter().find(|c| matches!(c, Constant::Code(_))) else {
        panic!()
    };
    assert_eq!(&*g.qualname, "f.<locals>.g");
    assert_eq!(ops(g)[0], (Opcode::CopyFreeVars, 2));
    assert!(g.flags & flags::NESTED != 0);
}

#[test]
fn errors() {
    let cases = [
        ("x = (1, 2\n", "'(' was never closed", 1, 5),
        ("x = 1)\n", "unmatched ')'", 1, 6),
        ("if x\n    pass\n", "expected ':'", 1, 5),
        (
            "x = 'abc\n",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        ),
        ("x = 1abc\n", "invalid decimal literal", 1, 5),
        (
            "f() = 1\n",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
            1,
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
            3,
            5,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
            1,
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
            5,
        ),
        ("return 1\n", "'return' outside function", 1, 1),
        ("break\n", "'break' outside loop", 1, 1),
        ("yield 1\n", "'yield' outside function", 1, 1),
        (
            "def f(a, a): pass\n",
            "duplicate argument 'a' in function definition",
            1,
            10,
        ),
        ("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8),
    ];
    for (src, msg, line, offset) in cases {
        let e = compile(src, "t.py", Mode::Exec, &CompileOptions::default()).expect_err(src);
        assert_eq!(
            (e.msg.as_str(), e.lineno, e.offset),
            (msg, line, offset),
            "{src}"
        );
        assert_eq!(e.kind, CompileErrorKind::SyntaxError);
        assert!(e.text.is_some(), "{src}");
    }
    let e = compile(
        "if x:\npass\n",
        "t.py",
        Mode::Exec,
        &CompileOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind, CompileErrorKind::IndentationError);
    assert_eq!(
        e.msg,
        "expected an indented block after 'if' statement on line 1"
    );
    let e = compile("  x = 1\n", "t.py", Mode::Exec, &CompileOptions::default()).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (CompileErrorKind::IndentationError, "unexpected indent")
    );
}

#[test]
fn modes_and_optimize() {
    let opts = CompileOptions::default();
    let e = compile("1 + 2", "t", Mode::Eval, &opts).unwrap();
    assert_eq!(
        ops(&e),
        vec![
            (Opcode::Resume, 0),
            (Opcode::LoadConst, 0),
            (Opcode::ReturnValue, 0)
        ]
    );
    let s = compile("x\n", "t", Mode::Single, &opts).unwrap();
    assert!(ops(&s).contains(&(Opcode::CallIntrinsic1, 1)));
    let o1 = CompileOptions {
        optimize: 1,
        ..Default::default()
    };
    let a = compile("assert x\n", "t", Mode::Exec, &o1).unwrap();
    assert!(!ops(&a)
        .iter()
        .any(|(o, _)| *o == Opcode::LoadAssertionError));
    let d = compile("x = __debug__\n", "t", Mode::Exec, &o1).unwrap();
    assert!(d.consts.iter().any(|c| matches!(c, Constant::Bool(false))));
    let o2 = CompileOptions {
        optimize: 2,
        ..Default::default()
    };
    let f = compile("def f():\n    'doc'\n", "t", Mode::Exec, &o2).unwrap();
    let Some(Constant::Code(f)) = f.consts.first() else {
        panic!()
    };
    assert!(matches!(f.consts[0], Constant::None));
}

#[test]
fn folding() {
    let m = module(
        "a = 2 ** 10\nb = 'x' * 3\nc = -1\nd = 'a' * 10 ** 9\ne = x in [1, 2]\nf = x in {1, 2}\n",
    );
    let has = |c: &Constant| m.consts.iter().any(|k| k.same_as(c));
    assert!(has(&Constant::Int(1024)));
    assert!(has(&Constant::Str("xxx".into())));
    assert!(has(&Constant::Int(-1)));
    assert!(has(&Constant::Int(1_000_000_000)));
    assert!(has(&Constant::Tuple(
        vec![Constant::Int(1), Constant::Int(2)].into()
    )));
    assert!(has(&Constant::FrozenSet(
        vec![Constant::Int(1), Constant::Int(2)].into()
    )));
}

#[test]
fn future_annotations() {
    let src = "from __future__ import annotations\ndef f(a: list[int]) -> 1 + 2: pass\n";
    let m = module(src);
    assert_ne!(m.flags & flags::FUTURE_ANNOTATIONS, 0);
    let f = first_function(src);
    assert_ne!(f.flags & flags::FUTURE_ANNOTATIONS, 0);
    let strs: Vec<&str> = m
        .consts
        .iter()
        .filter_map(|c| match c {
            Constant::Str(s) => Some(&**s),
            _ => None,
        })
        .collect();
    assert!(strs.contains(&"list[int]"), "{strs:?}");
    assert!(strs.contains(&"1 + 2"), "{strs:?}");
    // Inherited through CompileOptions::flags.
    let opts = CompileOptions {
        flags: flags::FUTURE_ANNOTATIONS,
        ..Default::default()
    };
    let m = compile("x: int\n", "t.py", Mode::Exec, &opts).expect("compiles");
    assert_ne!(m.flags & flags::FUTURE_ANNOTATIONS, 0);
    // A closure variable used only in an annotation creates no cell.
    let f = first_function(
        "from __future__ import annotations\ndef g():\n    T = 1\n    def h(a: T): pass\n",
    );
    let t = f
        .localsplusnames
        .iter()
        .position(|n| &**n == "T")
        .expect("T is a local");
    assert_eq!(f.localspluskinds[t] & local_kind::CELL, 0);
}

#[test]
fn future_errors_and_warnings() {
    for (src, msg, line) in [
        (
            "from __future__ import spam\n",
            "future feature spam is not defined",
            1,
        ),
        ("from __future__ import braces\n", "not a chance", 1),
        (
            "x = 1\nfrom __future__ import annotations\n",
            "from __future__ imports must occur at the beginning of the file",
            2,
        ),
        ("del *a\n", "cannot delete starred", 1),
        ("__debug__ = 1\n", "cannot assign to __debug__", 1),
        (
            "(a.b := 1)\n",
            "cannot use assignment expressions with attribute",
            1,
        ),
        (
            "def f():\n    global x\n    nonlocal x\n",
            "name 'x' is nonlocal and global",
            2,
        ),
    ] {
        let e = compile(src, "t.py", Mode::Exec, &CompileOptions::default()).expect_err(src);
        assert_eq!((e.msg.as_str(), e.lineno), (msg, line), "{src}");
    }
    let c = ferrum_compiler::compile_with_warnings(
        "assert (1, 2)\n",
        "t.py",
        Mode::Exec,
        &CompileOptions::default(),
    )
    .expect("compiles");
    assert_eq!(c.warnings.len(), 1);
    assert_eq!(c.warnings[0].category, "SyntaxWarning");
    assert_eq!(
        c.warnings[0].msg,
        "assertion is always true, perhaps remove parentheses?"
    );
}
