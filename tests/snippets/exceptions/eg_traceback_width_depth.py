def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1), KeyError(n)])


try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(20)] + [deep(11)])
except ExceptionGroup as e:
    import sys
    sys.stderr.write("caught once\n")
    err = e
raise err from RuntimeError("the cause")
