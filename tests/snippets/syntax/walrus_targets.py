tests = [
    "(a.b := 1)", "(a[1] := 1)", "((a, b) := 1)", "([a] := 1)", "(1 := 1)",
    "(f() := 1)", "(a + 1 := 1)", "('s' := 1)", "(True := 1)", "(None := 1)",
    "(lambda: 1 := 1)", "(a if b else c := 1)", "({} := 1)", "({1} := 1)",
    "(x := 1)", "(f(a).b := 2)", "(a[1][2] := 3)",
]
for src in tests:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
