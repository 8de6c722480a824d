s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "line1\nline2\r\nline3".split("\n"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(map(str, range(3))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
