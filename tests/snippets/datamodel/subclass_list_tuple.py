# Subclassing list and tuple: overrides that builtins honour and those they bypass.
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        return super().__len__()

l = Logged([1, 2])
l.append(3)
print(l[0], l, len(l), type(l[:1]).__name__)
print(list(l), sorted(l, reverse=True))      # iteration does not call __getitem__
print(l + [4], type(l + [4]).__name__, type(l * 2).__name__)
l.extend([5])                                  # extend does not call append
print(l)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    @property
    def top(self):
        return self[-1]
s = Stack().push(1).push(2)
print(s, s.top, s.pop(), s, isinstance(s, list), s == [1])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple(self)}"
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p + (3,)).__name__, p[::-1])
a, b = p
print(a, b, list(p), {p: "pair"}[(1, 2)])
class Counted(tuple):
    def __iter__(self):
        print("custom iter")
        return super().__iter__()
c = Counted((1, 2))
print(list(c), sum(c))
x, y = c
print(x, y, 1 in c)
class Contains(list):
    def __contains__(self, x):
        return True
print(5 in Contains(), "z" in Contains([1]))
class Eq(list):
    def __eq__(self, other):
        return "eq called"
print(Eq() == [], [] == Eq(), [Eq()] == [[]])
