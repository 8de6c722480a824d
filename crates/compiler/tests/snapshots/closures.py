def outer(x):
    def inner(y):
        nonlocal x
        x += y
        return x
    return inner

class C(Base, metaclass=Meta):
    """Doc."""
    attr = 1
    def m(self):
        return super().m() + __class__.attr

    @staticmethod
    def s(*args, **kw):
        return args, kw
