from __future__ import annotations


def outer():
    T = int

    def inner(a: T, b: U) -> T:
        return a

    class Local:
        field: T
        other: list[T]

    return inner, Local


inner, Local = outer()
print(inner.__annotations__)
print(Local.__annotations__)
print(outer.__code__.co_cellvars, inner.__code__.co_freevars)


def uses_closure():
    K = str

    def inner(a: K):
        return K

    return inner


f = uses_closure()
print(f.__annotations__, f.__code__.co_freevars, f(1))


def body_annotations():
    x: NotEvaluated = 1
    y: AlsoNot
    return x


print(body_annotations())
print(hex(outer.__code__.co_flags & 0x1000000), hex(inner.__code__.co_flags & 0x1000000))
