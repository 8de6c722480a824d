cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: {} + {},
         lambda: "a" * 1.5, lambda: None - 1, lambda: 1 < "a", lambda: [] > 1,
         lambda: -"x", lambda: ~1.5, lambda: "a" - "b", lambda: {1} + {2},
         lambda: 2 ** "x", lambda: "x" % 5 % 3, lambda: 1 @ 2, lambda: 3 & 1.0]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
