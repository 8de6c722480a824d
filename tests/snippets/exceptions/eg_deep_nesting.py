eg = ValueError(0)
for i in range(50000):
    eg = ExceptionGroup("x", [eg])
try:
    eg.split(TypeError)
except RecursionError as e:
    print("RecursionError", e)
try:
    try:
        raise eg
    except* TypeError:
        pass
except RecursionError as e:
    print("RecursionError 2", e)
except ExceptionGroup:
    print("propagated")
try:
    try:
        raise eg
    except* ValueError:
        raise
except RecursionError as e:
    print("RecursionError 3")
except ExceptionGroup:
    print("propagated 3")
