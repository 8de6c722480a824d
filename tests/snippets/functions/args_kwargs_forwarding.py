import functools

def target(a, b, /, c, *rest, d=0, **opts):
    return f"a={a} b={b} c={c} rest={rest} d={d} opts={sorted(opts.items())}"

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1, 2, 3))
print(forward(1, 2, c=3, d=4, x=5))
print(forward(*[1, 2], *(3, 4), **{"d": 9}, **{"y": 1}))

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        print(f"call {fn.__name__} args={args} kwargs={sorted(kwargs)} -> {r}")
        return r
    return wrapper

@logged
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}"
area(3); area(3, 4); area(w=2, unit="cm")
print(area.__name__, area.__wrapped__.__name__)

try:
    forward(1, 2, 3, c=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    forward(**{"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    target(1, 2, 3, **{"d": 1}, d=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    target(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    target(1, 2, 3, **[1])
except TypeError as e:
    print(type(e).__name__, e)

def modify(*args, **kwargs):
    kwargs["new"] = 1
    return type(args).__name__, len(kwargs)
d = {"x": 1}
print(modify(**d), d)
p = functools.partial(target, 1, 2, d=7)
print(p(3, 4), p(3, d=8))
