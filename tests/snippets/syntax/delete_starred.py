tests = ["del *a", "del (*a, b)", "del [*a]", "del a, *b", "del a, b", "del (a, [b, c])"]
for src in tests:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
