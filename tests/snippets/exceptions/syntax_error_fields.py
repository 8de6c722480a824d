cases = ["x = (1,", "def f(:\n  pass", "a b", "1 +", "for x in range(3)\n  pass", "x = 1 +* 2", "return", "f(**a, *b)", "class C(\n"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.filename, e.lineno, "|", repr(e.text))
e = SyntaxError("msg", ("file.py", 3, 5, "bad line\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e))
e = SyntaxError("just msg")
print(e.msg, e.filename, e.lineno, str(e))
try:
    eval("1 +")
except SyntaxError as e:
    print(e.filename, e.lineno)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
