def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: [1 / x for x in [1, 0]])
attempt(lambda: {x: x for x in 5})
attempt(lambda: [x for x in [1, 2] if x.foo])
attempt(lambda: {[]: 1 for _ in range(1)})
attempt(lambda: list(int(s) for s in ["1", "x"]))
