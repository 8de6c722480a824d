from __future__ import annotations

src = "def g(a: int) -> list[int]: pass"
ns = {}
exec(src, ns)
print(ns['g'].__annotations__)
ns = {}
exec(compile(src, "<c>", "exec"), ns)
print(ns['g'].__annotations__)
ns = {}
exec(compile(src, "<c>", "exec", dont_inherit=True), ns)
print(ns['g'].__annotations__)
print(hex(compile("x", "<c>", "exec").co_flags))
print(hex(compile("x", "<c>", "exec", dont_inherit=True).co_flags))
print(eval("(lambda: 0).__code__.co_flags & 0x1000000"))
