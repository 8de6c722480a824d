# Several except* clauses each receive the matching subgroup; the rest propagates.
def show(e):
    if isinstance(e, BaseExceptionGroup):
        inner = ", ".join(show(x) for x in e.exceptions)
        return f"{type(e).__name__}({e.message!r}, [{inner}])"
    return repr(e)


def run(excs):
    try:
        try:
            raise ExceptionGroup("eg", excs)
        except* ValueError as e:
            print("  V:", show(e))
        except* TypeError as e:
            print("  T:", show(e))
        except* (KeyError, IndexError) as e:
            print("  K/I:", show(e))
        print("  all handled")
    except BaseException as e:
        print("  propagated:", show(e))


run([ValueError(1)])
run([ValueError(1), TypeError(2)])
run([KeyError(1), IndexError(2), ValueError(3)])
run([OSError(1), ValueError(2)])
run([OSError(1)])
run([ExceptionGroup("inner", [ValueError(1), OSError(2)]), TypeError(3)])

# The same clause type twice: the second sees only what the first left.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("first:", show(e))
except* ValueError as e:
    print("second (never):", show(e))
except* Exception as e:
    print("catch-all:", show(e))

# Clauses in a loop with state.
for n in range(3):
    try:
        excs = [ValueError(n)] * (n + 1) + [TypeError(n)] * n
        raise ExceptionGroup(f"round {n}", excs)
    except* ValueError as e:
        print(n, "V", len(e.exceptions))
    except* TypeError as e:
        print(n, "T", len(e.exceptions))
