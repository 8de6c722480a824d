x = 1e308
print(x * 10)
print(-x * 10)
print(1e-320, 1e-330)
print(2.0 ** 1023)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308)
