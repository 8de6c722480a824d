import sys
for call in [lambda: sys.unraisablehook(), lambda: (7).__divmod__(), lambda: (7).__rdivmod__(1, 2),
             lambda: "abc".find("b", -10**30, 10**30), lambda: "abc".find("b", 10**30),
             lambda: b"abc".count(b"", -10**30, 10**30), lambda: b"abc".find(b"c", -10**30),
             lambda: "abcabc".count("a", -10**30), lambda: "abc".startswith("a", -10**30),
             lambda: b"abc".endswith(b"c", 0, 10**30), lambda: "abc".rfind("c", -4, 10**19)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
