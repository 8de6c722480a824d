s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("z"), s.rfind("a"), s.find("bra", 2), s.find("a", 2, 4))
print(s.index("c"), s.rindex("bra"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
print(s.startswith("abr"), s.startswith("bra", 1), s.endswith("bra"), s.startswith(("x", "ab")), s.endswith(("a",)))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print("" in s, s.find(""), s.rfind(""))
