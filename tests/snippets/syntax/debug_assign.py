tests = [
    "__debug__ = 1",
    "__debug__ += 1",
    "def f(__debug__): pass",
    "def f(*, __debug__): pass",
    "def f(**__debug__): pass",
    "lambda __debug__: 1",
    "for __debug__ in x: pass",
    "import x as __debug__",
    "from x import y as __debug__",
    "import __debug__",
    "del __debug__",
    "x.__debug__ = 1",
    "del x.__debug__",
    "__debug__: int",
    "def __debug__(): pass",
    "class __debug__: pass",
    "(__debug__ := 1)",
    "with a as __debug__: pass",
    "f(__debug__=1)",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "match x:\n    case __debug__:\n        pass",
    "[__debug__ for __debug__ in x]",
    "a, __debug__ = 1, 2",
    "x.__debug__ += 1",
    "print(__debug__)",
    "global __debug__",
]
for src in tests:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(e.msg, e.lineno)
