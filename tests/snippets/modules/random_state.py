# random: getstate/setstate, subclassing Random and _random.Random, seeding from the
# environment, and the error messages of _random.Random.
import sys
import types

if "warnings" not in sys.modules:
    # random imports warnings, whose pure-Python fallback needs re; CPython has it loaded
    # at startup. A stand-in keeps this test about random.
    sys.modules["warnings"] = types.ModuleType("warnings")
    sys.modules["warnings"].warn = lambda *a, **k: None
import random
import _random

r = random.Random(99)
st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print(a == b, len(st), st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
g = r.gauss(0, 1)
st2 = r.getstate()
print(st2[2] is not None, r.gauss(0, 1) == st2[2])
r.setstate(st2)
print(r.gauss(0, 1) == st2[2])
r2 = random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())


class MyRandom(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.extra = "x"

    def seed(self, a=None, version=2):
        self.seeded = a
        super().seed(a, version)


m = MyRandom(3)
print(m.random(), m.extra, m.seeded, MyRandom(3).random() == random.Random(3).random())


class Dice(_random.Random):
    def roll(self):
        return int(self.random() * 6) + 1


d = Dice(7)
print([d.roll() for _ in range(10)], type(d).__mro__[1])
x = _random.Random(5)
print(x.random(), type(x).__module__, _random.Random.__name__, x.getrandbits(0), x.getrandbits(70))
x.seed(5)
print(x.random(), x.seed(), x.seed(None))
y = _random.Random()
print(0.0 <= y.random() < 1.0, 0 <= random.random() < 1, random.getrandbits(8) < 256)
random.seed()
print(0 <= random.randint(0, 10) <= 10)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(x.setstate, 5)
attempt(x.setstate, (1, 2))
attempt(x.setstate, tuple([0] * 624 + [625]))
attempt(x.setstate, tuple([0] * 624 + [-1]))
attempt(x.getrandbits, -1)
attempt(x.getrandbits, 1.5)
attempt(_random.Random, 1, 2)
attempt(random.Random().setstate, (9, (), None))
attempt(random.Random().seed, [1, 2])
attempt(random.randrange, 0)
attempt(random.choice, [])
attempt(random.sample, [1, 2], 3)
import copy

c = copy.copy(r)
d = copy.deepcopy(r)
print(c.random() == r.random() == d.random(), type(c).__name__)


class Half(random.Random):
    def random(self):
        return 0.5


h = Half(1)
print(h.randrange(10), h.choice([1, 2, 3]), h._randbelow.__name__)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.getrandbits(10) < 1024)
print(random.Random(10**50).random() == random.Random(-10**50).random(), random.Random(2**31).random())
z = _random.Random()
z.setstate(tuple([2**33 + 5] * 624 + [624]))
print(z.getstate()[0], z.random())
attempt(z.seed, 1, 2)
attempt(z.random, 1)
attempt(z.getrandbits)
attempt(z.getstate, 1)
attempt(z.setstate)
attempt(lambda: _random.Random(x=1))
attempt(z.setstate, tuple([-1] * 624 + [0]))
attempt(z.setstate, tuple([2**64] * 624 + [0]))
attempt(z.setstate, tuple(["a"] * 624 + [0]))
print(type(_random.Random.random).__name__, _random.Random.__module__)
