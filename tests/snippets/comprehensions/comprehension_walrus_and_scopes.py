data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
print([last := c for c in "xyz"], last)
def f():
    res = [hit for v in range(10) if (hit := v) > 6]
    return res, hit
print(f())

def outer():
    found = None
    def inner():
        nonlocal found
        return any((found := v) > 5 for v in [1, 7, 3])
    return inner(), found
print(outer())
for src in ["[i := 0 for i in range(3)]", "[(j := 1) for j in range(2)]"]:
    try:
        compile(src, "<s>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    compile("class C:\n    [(q := 1) for _ in range(2)]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
x = "outer-x"
print([x for x in range(2)], x)
print({x: x for x in "ab"}, x)
i = "keep"
list(i for i in range(3))
print(i)
print([[i for i in range(n)] for n in range(3)])
fns = [lambda: w for w in range(3)]
print([f() for f in fns])
