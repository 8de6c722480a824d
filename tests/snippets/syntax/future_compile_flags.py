import __future__

flag = __future__.annotations.compiler_flag
print(flag, hex(flag))
src = "def g(a: int) -> list[int]: pass"
ns = {}
exec(compile(src, "<c>", "exec"), ns)
print(ns['g'].__annotations__)
ns = {}
code = compile(src, "<c>", "exec", flags=flag)
exec(code, ns)
print(ns['g'].__annotations__, hex(code.co_flags))
ns = {}
code = compile(src, "<c>", "exec", flag, True)
exec(code, ns)
print(ns['g'].__annotations__)
print(hex(compile("x", "<c>", "exec", flags=__future__.division.compiler_flag).co_flags))
print(hex(compile("x", "<c>", "eval", flags=flag).co_flags))
try:
    compile("x", "<c>", "exec", flags=1 << 30)
except ValueError as e:
    print("ValueError", e)
print(hex(compile("from __future__ import barry_as_FLUFL", "<c>", "exec").co_flags))
