print(int(), int(3.99), int(-3.99), int("42"), int(" -7 "), int("1_000_000"), int(True))
print(int("0x1A", 16), int("1A", 16), int("z", 36), int("11", 2), int("0b11", 0), int("0o7", 0), int("0", 0))
print(int("  +12\n"), int(2 ** 70 + 0.0), int(1e20))
print(int("１２３"))
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
print(int(HasInt()), int(HasIndex()))
for args in [("12.5",), ("",), ("0x10",), ("1 2",), ("ff", 10), ("9", 8), (None,), ([],)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
