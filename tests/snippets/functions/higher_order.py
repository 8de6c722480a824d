def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def make_multiplier(k):
    def mul(x):
        return x * k
    mul.k = k
    return mul
triple = make_multiplier(3)
print(triple(7), triple.k)
print(list(map(make_multiplier(2), range(5))))
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
print(pipeline(str.strip, str.upper, lambda s: s + "!")("  hey "))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1]))
