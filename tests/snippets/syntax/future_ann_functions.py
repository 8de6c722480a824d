from __future__ import annotations


def f(a: int, b: list[str], /, c: dict[str, int] = None, *args: tuple[int, ...],
      d: "quoted" = 1, **kw: Callable[[int], str]) -> int | None:
    return None


print(f.__annotations__)


def g(x: undefined_name.attr[1:2]) -> also.undefined():
    return x


print(g.__annotations__)
print(g(5))


async def co(x: Awaitable[int]) -> None:
    pass


print(co.__annotations__)
lam = lambda x: x
print(lam.__annotations__)


def no_annotations(a, b=2):
    pass


print(no_annotations.__annotations__)


def star(*args: *Ts) -> tuple[*Ts]:
    pass


print(star.__annotations__)
print(hex(f.__code__.co_flags & 0x1000000))
