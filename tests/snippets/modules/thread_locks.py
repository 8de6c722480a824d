# _thread locks (plain and reentrant) and the stdlib modules they unlock (functools, reprlib).
import _thread
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = _thread.RLock()
with r:
    with r:
        print(r._is_owned())
print(r._is_owned(), isinstance(_thread.get_ident(), int), type(l).__name__, _thread.LockType is type(l))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
import functools, reprlib
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
print(reprlib.repr(list(range(100))))
