data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 2:
    print("popped", item)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print({(k := i): k * 2 for i in range(3)})
print(k)
def f(a, b=(dflt := 10)):
    return a + b
print(f(1), dflt)
print((lambda: (z := 7))(), )
total = 0
vals = [(total := total + v) for v in range(5)]
print(vals, total)
print(any((hit := v) > 3 for v in [1, 2, 5, 7]), hit)
print(f"{(w := 4) * 2} {w}")
x = [q := 3, q + 1]
print(x, q)
def g():
    [(last := c) for c in "abc"]
    return last
print(g())
class C:
    vals = [(m := 2), m * 3]
print(C.vals)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(e)
try:
    exec("(a.b := 1)")
except SyntaxError as e:
    print(e)
try:
    exec("def h():\n    [(j := 1) for j in range(2)]")
except SyntaxError as e:
    print(e)
