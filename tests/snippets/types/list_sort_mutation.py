# list.sort: stability with key and reverse, mutation detection, key exceptions leave the list intact
recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: r[0], reverse=True))
data = [3, 1, 2]
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(data) >= 3)
lst = [5, 3, 4]
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst.clear()
        return self.v < other.v
lst = [Evil(2), Evil(1), Evil(3)]
try:
    lst.sort()
except ValueError as e:
    print(type(e).__name__, e)
nums = [4, 2, 'x', 1]
try:
    nums.sort()
except TypeError as e:
    print(type(e).__name__, e, nums)
nums = [3, 1, 2]
try:
    nums.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e, nums)
print(sorted([1, True, 0, False, 1.0]), sorted(['b', 'B', 'a'], key=str.lower), sorted([[2], [1, 5], [1]]))
for f in [lambda: [1].sort(lambda x: x), lambda: [1].sort(reverse='yes'), lambda: [1].sort(keyfunc=None), lambda: sorted()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
x = [2, 1]
x.sort(key=None, reverse=False)
print(x)
b = [1, 2]
b.sort(key=lambda v: b.append(v) or v)
