width, prec, val = 12, 3, 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}.{prec + 1}}]")
print(f"[{'text':{'^'}{width}}]")
print(f"[{'x':*<{width // 2}}]")
fill, align = "-", ">"
print(f"[{42:{fill}{align}10}]")
print(f"{'nested ' + f'{1 + 1}' + ' inner'}")
d = {"key": [10, 20]}
print(f"{d['key'][1]:05d} {len(d)!r:>3} {d!s:.5}")
print(f"{val=:.2f} {width=} {width * 2 = }")
print(f"{'a'!r:>5}|{'b'!s:<4}|{'é'!a}")
print(f"{{literal}} {{{val:.1f}}} {'{'}")
print(f"{3.5:%} {0.25:.0%} {1234567.891:,.2f} {-42:+08d} {42: d}")
print(f"{'multi'}"
      f"{'line':>6}")
print(f"{(lambda x: x * 2)(21)}", f"{[i for i in range(3)]}", f"{ {1: 2}[1] }")
print(f"{255:{'#x'}} {255:{'0'}{8}b}")
for bad in ['f"{}"', 'f"{x!z}"', "f'{'", 'f"{a b}"']:
    try:
        compile(bad, "<f>", "eval")
    except SyntaxError as e:
        print("SyntaxError", bad)
try:
    f"{val:{'bad spec'}}"
except ValueError as e:
    print(type(e).__name__)
