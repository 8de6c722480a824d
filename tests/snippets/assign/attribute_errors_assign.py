class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del s.a
    print(s.a)
except AttributeError as e:
    print("AttributeError:", e)
