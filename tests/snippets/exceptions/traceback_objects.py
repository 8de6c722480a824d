import sys
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__))
        tb = tb.tb_next
    print(names)
    t = e.__traceback__
    print(t.tb_next.tb_frame.f_back.f_code.co_name)
    t.tb_next = None
    print(t.tb_next)
    try:
        t.tb_next = 5
    except TypeError as err:
        print(err)
    e2 = ValueError("again").with_traceback(t)
    print(e2.__traceback__ is t)
try:
    raise KeyError("k")
except KeyError:
    tp, val, tb = sys.exc_info()
    print(tp.__name__, repr(val), tb.tb_lineno)
    print(sys.exception() is val)
print(sys.exc_info(), sys.exception())
