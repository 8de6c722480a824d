# random: CPython's sequences for fixed seeds (int, negative, big, str, bytes, float seeds)
# through the Python-level methods of Lib/random.py on top of _random.Random.
import sys
import types

if "warnings" not in sys.modules:
    # random imports warnings, whose pure-Python fallback needs re; CPython has it loaded
    # at startup. A stand-in keeps this test about random.
    sys.modules["warnings"] = types.ModuleType("warnings")
    sys.modules["warnings"].warn = lambda *a, **k: None
import random

random.seed(42)
print(random.random(), random.random(), random.random())
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
for s in [0, 1, -1, 2**32, 2**32 - 1, 2**100 + 7, -(2**64), "hello", "", "héllo", b"bytes", bytearray(b"ba"), 3.5, -0.0, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100))
random.seed("x", version=1)
print(random.random())
random.seed(b"x", version=1)
print(random.random())
r = random.Random(12345)
print([r.randint(0, 1000) for _ in range(10)])
print(r.choice("abcdefg"), r.sample(range(100), 5), r.uniform(1, 2), r.gauss(0, 1), r.randrange(0, 100, 7))
items = list(range(20))
r.shuffle(items)
print(items)
print(r.normalvariate(0, 1), r.expovariate(2), r.triangular(), r.betavariate(2, 3), r.gammavariate(2, 2))
print(r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.choices("abc", weights=[1, 2, 3], k=5), r.choices(range(10), k=3), r.randbytes(5))
print(r.randrange(10**30), r.getrandbits(64), r.randrange(-5, 5), r.sample("abcdef", k=3, counts=None))
print(random.Random(2**64).random(), random.Random(-5).random(), random.Random(0).random())
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print(sorted(random.sample(range(1000), 10)))
