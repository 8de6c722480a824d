# __sizeof__ overrides and sys.getsizeof's use of them.
import sys
class Small:
    __slots__ = ()
class Sized:
    def __sizeof__(self):
        return 1000
class Bad:
    def __sizeof__(self):
        return -1
class NotInt:
    def __sizeof__(self):
        return "big"
print(Sized().__sizeof__(), sys.getsizeof(Sized()) >= 1000)
print(object().__sizeof__(), Small().__sizeof__() == object().__sizeof__())
print(sys.getsizeof(Small(), "default") == sys.getsizeof(Small()))
for obj in (Bad(), NotInt()):
    try:
        sys.getsizeof(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Slots3:
    __slots__ = ("a", "b", "c")
class Slots1:
    __slots__ = ("a",)
print(Slots3().__sizeof__() - Slots1().__sizeof__())
print(type(sys.getsizeof(1)).__name__, sys.getsizeof(Sized(), 0) >= 1000)
