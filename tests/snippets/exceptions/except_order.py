try:
    raise FileNotFoundError("no file")
except OSError as e:
    print("OSError branch catches subclass:", type(e).__name__)
except FileNotFoundError:
    print("never reached")
try:
    raise KeyError("k")
except Exception:
    print("Exception first")
except KeyError:
    print("unreachable")
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong")
except TypeError as e:
    print("propagated to outer:", e)
