# SyntaxErrors and TypeErrors of except*.
sources = [
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        for x in y:\n            break\n            continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n    else:\n        return 1\n    finally:\n        return 2\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept *ValueError:\n    pass\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_lineno}:{e.end_offset})")

try:
    exec("try:\n    pass\nexcept* ValueError:\n    break\n")
except SyntaxError as e:
    print("exec:", e)


def catch(clause_type):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* clause_type:
            print("handled")
    except TypeError as e:
        print("TypeError:", e, "| context:", repr(e.__context__))


catch(ExceptionGroup)
catch(BaseExceptionGroup)
catch((ValueError, ExceptionGroup))
catch(int)
catch((ValueError, "x"))
catch(ValueError)

# Where the SyntaxError points for return statements.
for src in [
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        except:\n            return g(1)\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        for x in y:\n            return x\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        while x:\n            return (\n                1)\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            return 1\n        except:\n            pass\n",
]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_lineno}:{e.end_offset})")
