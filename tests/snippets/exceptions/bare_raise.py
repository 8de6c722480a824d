def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging, then re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_after_other():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    reraise_after_other()
except KeyError as e:
    print("still the KeyError:", repr(e))
