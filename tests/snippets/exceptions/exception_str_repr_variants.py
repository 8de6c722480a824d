for e in [Exception(), Exception(""), Exception("a"), Exception("a", "b"), Exception(1),
          Exception([1, 2]), KeyError(""), KeyError(0), IndexError("list index out of range"),
          SystemExit(3), StopIteration(), BaseException("base")]:
    print(repr(e), "|", str(e), "|", e.args)
