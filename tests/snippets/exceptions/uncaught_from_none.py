def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r}") from None
print(get({"x": 1}, "x"))
get({}, "y")
