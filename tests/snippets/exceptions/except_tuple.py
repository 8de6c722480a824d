def trial(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except (TypeError, ValueError) as e:
        return "type/value: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
for exc in [KeyError, IndexError("i"), TypeError, ValueError("v"), ZeroDivisionError, UnicodeError]:
    print(trial(exc))
errors = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except errors as e:
    print("caught via tuple variable", type(e).__name__)
