values = [1.5, 22.25, 333.125]
for v in values:
    print(f"|{v:>{8}.{2}f}|{v!s:<8}|{v!r:^10}|")
width = 6
for s in ["a", "bb", "ccc"]:
    print(f"{s:{'*'}{'^'}{width}}")
print(f"{'{'}{'}'}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{dict(a=1)['a']:03d}")
print(f"{f'{1 + 1}'}")
print(f"{'a' 'b'}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P():xyz} {P()} {format(P(), '5')}")
