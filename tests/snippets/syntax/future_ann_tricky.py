from __future__ import annotations
import sys


def deep(x: dict[str, list[tuple[int, ...] | None]] | set[frozenset[int]]) -> \
        Callable[..., Awaitable[None]]:
    pass


print(deep.__annotations__)


def spaced(a:int,b  :  list [ int ] , c:"x"  ) ->   None:
    pass


print(spaced.__annotations__)


def multiline(a: (
        int
        | str
        | None
)) -> (
    tuple[
        int,
        str,
    ]
):
    pass


print(multiline.__annotations__)


def unicode(a: 'é', b: 'ñ\x00', c: Ω) -> 'both \' and "':
    pass


print(unicode.__annotations__)


def slices(a: x[:], b: x[1:], c: x[:2], d: x[::2], e: x[a:b, c:d], f: x[...]):
    pass


print(slices.__annotations__)
print(sys.modules['__main__'].__annotations__ if hasattr(sys.modules['__main__'], '__annotations__') else 'no module annotations')


def prefixes(a: u'x', b: U"y", c: u'a' 'b', d: 'a' u'b', e: (u'p'), g: x[u'k'],
             h: r'\d', i: b'\x01', j: rb'raw') -> u'r':
    pass


print(prefixes.__annotations__)
