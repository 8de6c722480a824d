print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' + 'b'"))
ns = {"y": 5}
print(eval("y * 10", ns), eval("z + 1", {}, {"z": 1}))
exec("result = sum(range(5))")
print(result)
scope = {}
exec("def f(n):\n    return n * n\nval = f(7)", scope)
print(scope["val"], scope["f"](3))
code = "for i in range(3):\n    print('exec loop', i)"
exec(code)
print(eval("__name__"), eval("len"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(exec("1"), eval("None"))
