from __future__ import annotations

cases = []


def show(fn):
    for k, v in fn.__annotations__.items():
        print(k, '=>', v)


def ops(a: 1 + 2 * 3, b: (1 + 2) * 3, c: 2 ** -1, d: -x ** 2, e: (-x) ** 2,
        f: a ** b ** c, g: (a ** b) ** c, h: a - (b - c), i: -(-a), j: not (a and b),
        k: a and b or c, l: a and (b or c), m: a < b <= c, n: a is not b, o: a not in b,
        p: a << b >> c & d ^ e | f, q: ~a, r: +a, s: a @ b // c % d): pass


show(ops)


def lits(a: 'quoted', b: "it's", c: b'bytes', d: 1e400, e: 1e400j, f: 0xff, g: 1_000,
         h: 1.0, i: 1e16, j: ..., k: None, l: True, m: 'a' 'b', n: '\n\t', o: 0.1): pass


show(lits)


def containers(a: [1, 2], b: (1,), c: (), d: {1: 2, **e}, f: {1, 2}, g: [*a, *b],
               h: x[a, b], i: x[a,], j: x[()], k: x[1:2, ::3], l: a[::], m: a[b:c:d]): pass


show(containers)


def comps(a: [i for i in y if i], b: {k: v for k, v in x}, c: {k for k in x},
          d: (i for i in y), e: f(x for x in y), f: f((x for x in y), 1),
          g: [x for a in b for x in a if x if not x]): pass


show(comps)


def misc(a: lambda: x, b: lambda x, y=1, *z, w, **v: x, c: lambda *a: 1,
         d: a if b else c, e: (a if b else c) if d else e, f: f(*a, **k, b=1),
         g: 1 .real, h: a.b.c, i: f(a)(b)[c].d, j: (a + b).c, k: lambda: (y := 1),
         l: Callable[[int], str], m: x | None): pass


show(misc)


def fstrings(a: f"x{y!r:>{w}} {{z}}", b: f'{a}{b}', c: f'{x=}', d: f"{'s'}",
             e: f"{ {1} }", f: f'{x:{y}}', g: f'{a!s}{b!a}'): pass


show(fstrings)
