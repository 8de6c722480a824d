try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        {}["oops"]
except KeyError as k:
    print("KeyError:", k, "context:", repr(k.__context__))
def cleanup_fails():
    try:
        return 1 / 0
    finally:
        print("finally in progress")
try:
    cleanup_fails()
except ZeroDivisionError as e:
    print("from cleanup_fails:", e)
