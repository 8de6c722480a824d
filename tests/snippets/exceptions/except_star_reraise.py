# Re-raising from except* keeps the original group's shape.
def show(e):
    if isinstance(e, BaseExceptionGroup):
        inner = ", ".join(show(x) for x in e.exceptions)
        return f"{type(e).__name__}({e.message!r}, [{inner}])"
    return repr(e)


def attempt(body):
    try:
        body()
    except BaseException as e:
        print("->", show(e))
    else:
        print("-> nothing raised")


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])
    except* ValueError:
        raise
    except* TypeError:
        pass


def reraise_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_match_explicitly():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def raise_leaf():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e.exceptions[0]


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass


def note_on_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.add_note("added in handler")
        raise


for f in [bare_reraise, reraise_both, raise_match_explicitly, raise_leaf, naked_reraise, naked_unmatched, note_on_match]:
    print(f.__name__)
    attempt(f)

try:
    note_on_match()
except ExceptionGroup as e:
    print("notes:", getattr(e, "__notes__", None), [getattr(x, "__notes__", None) for x in e.exceptions])
try:
    bare_reraise()
except ExceptionGroup as e:
    print("traceback kept:", e.__traceback__ is not None)
