from __future__ import annotations


class Outer:
    class Inner:
        pass

    def method(self, a: Inner, b: Outer.Inner) -> Inner:
        return a

    x: Inner


print(Outer.method.__annotations__, Outer.__annotations__)


def gen(a: int) -> Iterator[int]:
    yield a


print(gen.__annotations__, list(gen(3)))


def decorated(fn):
    fn.seen = dict(fn.__annotations__)
    return fn


@decorated
def target(a: A, b: B = 2, *, c: C) -> R:
    pass


print(target.seen)


def comprehension_scope():
    names = [n for n in range(3)]

    def inner(a: [n for n in names]) -> {k: v for k, v in names}:
        pass

    return inner


print(comprehension_scope().__annotations__)
print(comprehension_scope.__code__.co_cellvars)
