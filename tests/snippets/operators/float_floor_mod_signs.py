for a in [5.0, -5.0, 0.0, -0.0]:
    for b in [3.0, -3.0]:
        print(repr(a), repr(b), repr(a % b), repr(a // b))
print(repr(-1e-20 % 1.0), repr(1e-20 % -1.0))
print(repr(6.0 % 2.0), repr(-6.0 % 2.0))
