import sys
def gen():
    x = 1
    yield sys._getframe()
    x = 2
    yield
g = gen()
fr = next(g)
print(fr.f_lineno, fr.f_locals, fr.f_back, fr.f_code.co_name)
print(g.gi_frame is fr)
next(g)
print(fr.f_locals, fr.f_lineno)
del g
print(fr.f_locals, fr.f_lineno, fr.f_back)
def f():
    a = 1
    d = locals()
    b = 2
    print(sorted(d))
    locals()
    print(sorted(d))
    print(locals() is d)
    return sys._getframe()
fr = f()
print(sorted(fr.f_locals), fr.f_back.f_code.co_name, fr.f_lineno)
fr.clear()
print(fr.f_locals)
def rec(n):
    if n == 0:
        return [sys._getframe(i) for i in range(1, 5)]
    return rec(n - 1)
frs = rec(5)
print([(f.f_code.co_name, f.f_locals.get('n')) for f in frs])
print([f.f_back.f_code.co_name for f in frs])
print(frs[0].f_back is frs[1])
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
class K:
    fr = sys._getframe()
    print(sorted(k for k in fr.f_locals if not k.startswith('__')))
def closure():
    v = 10
    def inner():
        return v + 1
    fr = sys._getframe()
    print(sorted(fr.f_locals))
    return inner
print(closure()())
def tb_frames():
    try:
        def boom():
            local_in_boom = 'here'
            raise ValueError
        boom()
    except ValueError as e:
        return e.__traceback__
tb = tb_frames()
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_locals, tb.tb_next.tb_frame.f_back.f_code.co_name)
print(tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_lineno, tb.tb_lineno)
print(sys._getframe().f_back)
