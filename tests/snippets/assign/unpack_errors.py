def attempt(f):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
def two_from_three():
    a, b = [1, 2, 3]
def three_from_two():
    a, b, c = [1, 2]
def star_too_few():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def from_none():
    a, = None
attempt(two_from_three)
attempt(three_from_two)
attempt(star_too_few)
attempt(not_iterable)
attempt(from_none)
