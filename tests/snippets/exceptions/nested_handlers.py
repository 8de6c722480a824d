def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 does not handle ValueError")
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 handled:", e)
        return "recovered"
print(level1())
try:
    try:
        try:
            raise IndexError("x")
        except IndexError:
            raise KeyError("y")
    except KeyError as e:
        print("middle", repr(e), repr(e.__context__))
        raise TypeError("z")
except TypeError as e:
    print("outer", repr(e), repr(e.__context__), repr(e.__context__.__context__))
