def load(name):
    err = FileNotFoundError(f"cannot find {name}")
    err.add_note("hint: check the spelling")
    raise err
load("data.csv")
