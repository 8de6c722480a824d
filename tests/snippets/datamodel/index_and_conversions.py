# __index__, __int__, __float__ and what each conversion accepts.
import operator
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

i = Idx(2)
print("abcd"[i], "abcd"[i:], [0, 1, 2, 3][Idx(-1)], range(10)[Idx(1):Idx(8):Idx(3)])
print(hex(Idx(255)), oct(i), bin(i), operator.index(i), int(i), float(i), complex(i))
print((1).__mul__(Idx(3)), 2 * Idx(3) if hasattr(Idx, "__rmul__") else "no rmul", "ab" * Idx(2))
print(round(3.14159, Idx(2)), (1 << Idx(3)), list(range(Idx(3))))

class Both:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __index__(self): return 6
b = Both()
print(int(b), float(b), operator.index(b), [10, 20, 30, 40, 50, 60, 70][b])

class OnlyInt:
    def __int__(self): return 3
print(int(OnlyInt()))
for f in (lambda: float(OnlyInt()), lambda: operator.index(OnlyInt()), lambda: [1][OnlyInt()],
          lambda: hex(OnlyInt())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class OnlyFloat:
    def __float__(self): return 2.5
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)

class BadReturns:
    def __int__(self): return "x"
    def __float__(self): return 1
    def __index__(self): return 1.5
for f in (int, float, operator.index):
    try:
        f(BadReturns())
    except TypeError as e:
        print("TypeError:", e)
class IntSubReturned:
    def __index__(self): return True
print(operator.index(IntSubReturned()))
