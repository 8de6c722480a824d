# str.format_map with plain dicts, dict subclasses with __missing__, and arbitrary mappings
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map({'name': 'Ann', 'age': 7}))
print('{name} likes {food}'.format_map(Default(name='Bob')))
class M:
    def __getitem__(self, k):
        return k.upper()
print('{a}{bc}{d!r}'.format_map(M()))
print('{0}'.format_map({'0': 'zero'}) if False else 'skip-positional')
try:
    print('{}'.format_map({}))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print('{missing}'.format_map({}))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print('{a}'.format_map(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x'.format_map())
except TypeError as e:
    print(type(e).__name__, e)
print('{a[0]} {a[1]:>3}'.format_map({'a': 'xy'}))
