class AppError(Exception):
    pass
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("config missing") from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
