# round(), math.trunc/floor/ceil and their dunders, with fallbacks.
import math
class R:
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
r = R()
print(round(r), round(r, 3), round(r, None), math.trunc(r), math.floor(r), math.ceil(r))

class FloatOnly:
    def __float__(self): return 2.7
f = FloatOnly()
print(math.floor(f), math.ceil(f))
for g in (lambda: round(f), lambda: math.trunc(f)):
    try:
        g()
    except TypeError as e:
        print("TypeError:", e)

print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(125, -1), round(135, -1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), type(math.floor(2.0)).__name__)
print(round(7), round(7, 2), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
class IntSub(int):
    pass
print(type(round(IntSub(5))).__name__, type(math.floor(IntSub(5))).__name__)
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    math.floor("x")
except TypeError as e:
    print("TypeError:", e)
print(round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
