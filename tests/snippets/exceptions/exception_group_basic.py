try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [KeyError(1)])
print(repr(eg), str(eg), eg.message)
