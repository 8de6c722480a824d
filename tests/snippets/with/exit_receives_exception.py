class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc))
        print("tb is None:", tb is None)
        return True
with Inspect():
    pass
with Inspect():
    raise RuntimeError("boom")
with Inspect():
    int("bad")
print("done")
