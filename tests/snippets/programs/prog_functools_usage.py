import functools, operator
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)
ways.cache_clear()
print(ways.cache_info())
add3 = functools.partial(operator.add, 3)
print(add3(4), add3.func is operator.add, add3.args)
def power(base, exp): return base ** exp
square = functools.partial(power, exp=2)
print(square(9), square.keywords)
@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") <= Version("1"))
def cmp(a, b): return (a > b) - (a < b)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: cmp(len(y), len(x)))))
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + b, [], 0))
@functools.singledispatch
def describe(x): return f"thing {x!r}"
@describe.register
def _(x: int): return f"int {x}"
@describe.register(list)
def _(x): return f"list of {len(x)}"
print(describe(5), describe([1, 2]), describe("s"), describe(True))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented(a):
    "Docstring here."
    return a
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
class Lazy:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42
lz = Lazy()
print(lz.value, lz.value)
