"""Annotations stored as strings (PEP 563)."""
from __future__ import annotations

x: list[int] = []


def f(a: int, *args: *Ts, b: dict[str, int] = None, **kw: Any) -> a.b | None:
    local: undefined = 1
    return local


class C:
    attr: C
    other: lambda: 1 + 2
