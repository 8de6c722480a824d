try:
    e = ValueError("with note")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err.__notes__)
    print(str(err))
