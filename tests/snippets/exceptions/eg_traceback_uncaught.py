def fail(n):
    raise ValueError(f"bad value {n}")


def gather():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("several failures", errors + [TypeError("plain")])


print("before")
gather()
