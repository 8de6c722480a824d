class Replacing:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from __exit__")
try:
    with Replacing():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    with Replacing():
        pass
except RuntimeError as e:
    print(repr(e), "context:", e.__context__)
