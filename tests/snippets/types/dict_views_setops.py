# dict views: set operations on keys() and items(), comparisons, isdisjoint, reversed, mapping attribute
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k = d.keys()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {'a', 'z'}), sorted(k | ['q']), sorted(k - ('a',)), sorted(['a', 'x'] - k) if False else sorted({'a', 'x'} - k))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), sorted(d.items() ^ e.items()))
print(type(k & e.keys()).__name__, type(d.items() | e.items()).__name__)
print(k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c'}, k > {'a'}, d.items() >= {('a', 1)}, k != ['a', 'b', 'c'])
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), d.items().isdisjoint([('a', 2)]), ('a', 1) in d.items(), ('a', 2) in d.items(), 'a' in k)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(k.mapping is not None, sorted(k.mapping.items()) if hasattr(k, 'mapping') else None, len(d.values()), 2 in d.values())
print(repr(k), repr(d.values()), repr(d.items()))
d['z'] = 26
print(list(k), len(k))
print(d.values() == d.values(), {}.keys() == set(), d.keys() & [['unhashable']] if False else 'skip')
for f in [lambda: k & 5, lambda: d.values() & d.values(), lambda: d.items() | [[1]], lambda: hash(k), lambda: k[0]]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
