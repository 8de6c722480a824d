# %-formatting of str: every conversion, flags, '*' width, mapping keys, and the error messages
print('%s|%r|%a' % ('é', 'é', 'é'))
print('%d|%i|%u|%5d|%-5d|%05d|%+d|% d' % (42, -3, 7, 42, 42, -42, 5, 5))
print('%x|%X|%#x|%#X|%o|%#o|%08.3f|%e|%E|%g|%G' % (255, 255, 255, 255, 8, 8, 3.14159, 12345.678, 0.00012, 1e-10, 1e20))
print('%c%c%c' % (72, 'i', 0x1F600), '%%', '%5.1s|' % 'abc', '%.3r' % 'abcdef')
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%(a)s and %(b)05.1f and %(a)r' % {'a': 'x', 'b': 2.25})
print('%s' % (1,), '%s' % [1, 2], '%s %s' % (None, True), '%d' % True, '%d' % 3.99, '%x' % -255)
print('%.0f %.0f %.0f %.1f' % (0.5, 1.5, 2.5, 0.05), '%10.4e' % 1234.5, '%-10s|' % 'left')
print('%s' % {'k': 1}, '%(k)s' % {'k': [1]}, '%s%%' % 50)
bad = [
    lambda: '%d' % 'x',
    lambda: '%s %s' % ('a',),
    lambda: '%s' % ('a', 'b'),
    lambda: '%(k)s' % ('a',),
    lambda: '%(k)s' % {'z': 1},
    lambda: '%c' % 'ab',
    lambda: '%c' % 0x110000,
    lambda: '%y' % 1,
    lambda: '%' % (),
    lambda: '%x' % 1.5,
    lambda: '%*d' % ('a', 1),
    lambda: '%.*f' % (2,),
    lambda: 'abc' % 5,
    lambda: '%(a' % {'a': 1},
]
for t in bad:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print('%s' % ())  if False else print('no-args %s' % 'ok')
