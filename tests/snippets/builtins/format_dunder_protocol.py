# format() and f-strings delegate to __format__; object.__format__ rejects non-empty specs
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
class Plain:
    def __str__(self):
        return 'plain'
print(format(F(), 'xyz'), f'{F():>10}', '{:abc}'.format(F()), format(F()), f'{Plain()}', format(Plain(), ''), f'{Plain()!s:>7}')
class BadRet:
    def __format__(self, spec):
        return 42
class Sub(int):
    def __format__(self, spec):
        return 'sub:' + spec
print(format(Sub(5), 'd'), f'{Sub(5):x}', format(True, ''), format(None, ''), format([1, 2]), format((1,), ''))
errs = [lambda: format(Plain(), 'x'), lambda: format(BadRet()), lambda: format(object(), '>5'), lambda: format(1, 5), lambda: format(),
        lambda: f'{Plain():d}', lambda: format(None, 's'), lambda: format([], '10')]
for f in errs:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(object.__format__(Plain(), ''), type(format(F(), '')).__name__)
