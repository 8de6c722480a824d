def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1, 2].remove(3))
attempt(lambda: [1, 2].index(3))
attempt(lambda: [1][1])
key = "a"
attempt(lambda: [1][key])
attempt(lambda: [3, "a"].sort())
attempt(lambda: [1, 2] + (3,))
attempt(lambda: [1] * 2.0)
attempt(lambda: [].insert())
