for call in [lambda: max(1), lambda: min([]), lambda: max([1, "a"]), lambda: max(1, 2, key=None, default=0)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(max(1, 2, key=None), min("abc", key=ord))
