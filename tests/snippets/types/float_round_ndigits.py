# round(float, ndigits) correctly rounded for every ndigits (exact decimal rounding, overflow)
import random
random.seed(5)
vals = [1e300, 1.5e308, 123.456, -250.0, 350.0, 0.5e-300, 2.5, 12345678901234567890.0, -0.0, 5e-324, 1e22, 9.999999999999999e22, 4.35, 0.125]
for _ in range(60):
    vals.append(random.uniform(-1e6, 1e6) * 10 ** random.randint(-30, 300))
out = []
for v in vals:
    for n in [-1, -2, -3, -5, -10, -22, -23, -100, -300, -308, -309, 0, 1, 2, 5, 15, 22, 23]:
        try:
            out.append(repr(round(v, n)))
        except OverflowError as e:
            out.append(str(e))
print(len(out), hash(tuple(out)) if False else '')
for o in out:
    print(o)
