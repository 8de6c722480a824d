print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(123.456, -1), round(123.456, -2), round(5e-324, 2), round(1e300, 2))
print(round(7), round(7, 2), round(-0.0), round(0.5000000001))
print(round(2 ** 100 + 0.0) == 2 ** 100, round(10 ** 20, -19))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
