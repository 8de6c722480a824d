tests = [
    "from __future__ import spam",
    "from __future__ import braces",
    "from __future__ import annotations, nope",
    "from __future__ import *",
    "x = 1\nfrom __future__ import annotations",
    "'''doc'''\nfrom __future__ import annotations\nimport os\nfrom __future__ import division",
    "def f():\n    from __future__ import annotations",
    "import os; from __future__ import annotations",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    "from __future__ import annotations\ndef f(x: (y := 1)): pass",
    "from __future__ import annotations\nasync def f(x: await y): pass",
    "from __future__ import annotations\nx: (yield) = 1",
    "from __future__ import annotations\ndef g():\n    x: (yield from y) = 1",
    "from __future__ import annotations\ndef f(x: lambda: (yield)): pass",
]
for src in tests:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
ok = [
    "from __future__ import nested_scopes, generators, division, absolute_import",
    "from __future__ import with_statement, print_function, unicode_literals",
    "from __future__ import barry_as_FLUFL, generator_stop, annotations",
    "from __future__ import (annotations as ann)",
    "'doc'\nfrom __future__ import annotations\nfrom __future__ import division",
    "from __future__ import annotations; from __future__ import division",
    "from . import __future__",
]
for src in ok:
    compile(src, "<s>", "exec")
    print("ok", hex(compile(src, "<s>", "exec").co_flags))
