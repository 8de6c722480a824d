x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals for factor in [vals[0]]]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err, hasattr(C, "bad"))
def f():
    z = 2
    return [z * i for i in range(3)], {i: z for i in range(2)}, list(z + i for i in range(2))
print(f())
try:
    [undefined_name_q for _ in range(1)]
except NameError as e:
    print("NameError:", e)
