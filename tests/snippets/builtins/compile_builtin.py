code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 2, "b": 3}), type(code).__name__, code.co_filename)
stmts = compile("x = 5\ny = x * 2\n", "<stmts>", "exec")
ns = {}
exec(stmts, ns)
print(ns["x"], ns["y"])
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
try:
    compile("def (:", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
try:
    compile("x", "<m>", "bogus")
except ValueError as e:
    print("ValueError:", e)
