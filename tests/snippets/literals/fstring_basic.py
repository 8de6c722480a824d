name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}|")
print(f"{{literal}} {{{n}}}")
print(f"{n=}", f"{name=!r}", f"{pi=:.1f}")
print(F"upper F {n}")
items = [1, 2, 3]
print(f"{items} {items[0]} {len(items)}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{'nested ' + name}")
print(f"{3 if n > 40 else 4}")
print(f"a" f"b{n}" "c")
print(rf"\n{n}", fr"\t{n}")
