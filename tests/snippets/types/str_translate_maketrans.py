# str.maketrans in all three forms and str.translate with deletion, multi-char and lookup errors
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC', 'é': 'e'})
print(sorted(t3.items()), 'abcé'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({104: 72, 111: None}), 'hi'.translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k + 1
print('abx'.translate(Table()))
print('abc'.translate([None, 'q'] * 60))
bad = [
    lambda: str.maketrans('ab', 'x'),
    lambda: str.maketrans({'ab': 1}),
    lambda: str.maketrans(1),
    lambda: str.maketrans('a', 'b', 5),
    lambda: str.maketrans({1.5: 'x'}),
    lambda: 'a'.translate({97: 1.5}),
    lambda: 'a'.translate({97: 0x110000}),
    lambda: str.maketrans('a'),
]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
