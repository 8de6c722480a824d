import functools
import itertools

class TransientError(Exception):
    pass

class PermanentError(Exception):
    pass

def retry(times=3, on=(TransientError,), backoff=2):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = 1
            for attempt in itertools.count(1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    if attempt == times:
                        raise PermanentError(f"{fn.__name__} failed after {times} attempts") from e
                    wrapper.waits.append(delay)
                    delay *= backoff
        wrapper.waits = []
        return wrapper
    return deco

def flaky(failures):
    remaining = iter(failures)
    def call(x):
        exc = next(remaining, None)
        if exc:
            raise exc(f"boom on {x}")
        return x * 2
    return call

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    return inc, reset

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

f1 = retry()(flaky([TransientError, TransientError]))
print(f1(21), f1.waits)
f2 = retry(times=4, backoff=3)(flaky([TransientError] * 5))
try:
    f2(1)
except PermanentError as e:
    print(f"{e}; cause={e.__cause__!r}; waits={f2.waits}")
f3 = retry()(flaky([ValueError]))
try:
    f3(2)
except ValueError as e:
    print("not retried:", e, f3.waits)

inc, reset = make_counter(10)
print(inc(), inc(5), inc(), reset(), inc())
print(ways(100, (50, 25, 10, 5, 1)), len(ways.cache), ways.__name__)

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([a(10) for a in adders], [l(10) for l in late])
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"), lambda s: s.center(20, "."))
print(pipeline("  Hello Big World "))
p = functools.partial(int, base=2)
print(p("1011"), p.func.__name__, p.keywords, functools.partial(p, "111")())
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))

def accumulate_calls():
    log = []
    def record(fn):
        def inner(*a):
            log.append((fn.__name__, a))
            return fn(*a)
        return inner
    return record, log
record, log = accumulate_calls()
@record
def add(a, b): return a + b
@record
def neg(a): return -a
print(neg(add(2, 3)), log)
