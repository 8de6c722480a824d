import functools
order = []

def tag(name, times=1):
    order.append(f"factory {name}")
    def deco(fn):
        order.append(f"decorate {name} over {fn.__name__}")
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return f"<{name}>" * times + str(fn(*a, **k)) + f"</{name}>" * times
        wrapper.tags = getattr(fn, "tags", []) + [name]
        return wrapper
    return deco

@tag("b")
@tag("i", times=2)
def hello(who):
    return f"hi {who}"

print(order)
print(hello("bob"))
print(hello.tags, hello.__name__)

def optional_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: optional_args(f, prefix=prefix)
    def w(*a):
        return prefix + fn(*a)
    return w

@optional_args
def one(): return "one"
@optional_args(prefix="!!")
def two(): return "two"
print(one(), two())

def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)

class Registry:
    def __init__(self): self.items = {}
    def register(self, key):
        def deco(fn):
            self.items[key] = fn
            return fn
        return deco
reg = Registry()
@reg.register("sq")
def square(x): return x * x
@reg.register("neg")
def neg(x): return -x
print({k: f(5) for k, f in reg.items.items()})
deco_list = [tag("x"), tag("y")]
@deco_list[1]
def z(): return "z"
print(z())
