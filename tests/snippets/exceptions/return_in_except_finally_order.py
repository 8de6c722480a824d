log = []
def f():
    try:
        log.append("try")
        raise ValueError
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
print(f(), log)
def g(n):
    try:
        if n:
            return "early"
    finally:
        log.append(f"g{n}")
    return "late"
print(g(1), g(0), log[-2:])
