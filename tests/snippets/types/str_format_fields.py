# str.format field syntax: auto/manual numbering, attributes, indexing, conversions, nesting, errors
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
d = {'a': 1, 'key': 'v', 3: 'int-key'}
print('{} {} {}'.format(1, 'two', 3.0))
print('{2} {0} {1} {0}'.format('a', 'b', 'c'))
print('{0.x} {0.y[1]} {p.y[0]}'.format(P(), p=P()))
print('{0[a]} {0[key]} {0[3]}'.format(d))
print('{!r} {!s} {!a} {!r:>8}'.format('é', P(), 'é', 'q'))
print('{{}} {{{}}} {{0}}'.format('in'))
print('{:{}{}}'.format(3.14159, '.', 3), '{0:{1}}'.format('x', '>4'))
print('{a}-{b}'.format(a=1, b=2, c=3), '{}'.format(*'z'), '{0}{0}'.format('ab'))
print('{:%}'.format(0.25), '{:,}'.format(10**9), '{:_b}'.format(255), '{0[0]}'.format('xyz'))
bad = ['{', '}', '{0', '{:}}', 'a}b', '{0!x}', '{!}', '{0.}', '{0[}', '{1}', '{x}', '{0}{}', '{}{0}', '{0[5]}', '{0.nope}', '{:{:{}}}', '{0!r:d}', '{0:s}']
for fmt in bad:
    try:
        print(repr(fmt.format('ab')))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    '{0[-1]}'.format([1, 2])
except Exception as e:
    print(type(e).__name__, e)
