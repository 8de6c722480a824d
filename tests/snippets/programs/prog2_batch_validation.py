class FieldError(ValueError):
    def __init__(self, row, field, msg):
        super().__init__(f"row {row}: {field}: {msg}")
        self.row, self.field = row, field

class RowMissing(LookupError):
    pass

RULES = {
    "name": lambda v: v.strip() != "" or "empty",
    "age": lambda v: (v.isdigit() and 0 < int(v) < 130) or "not a valid age",
    "email": lambda v: ("@" in v and "." in v.split("@")[-1]) or "bad email",
}

def validate_rows(rows):
    errors = []
    for i, row in enumerate(rows, 1):
        if row is None:
            errors.append(RowMissing(f"row {i} missing"))
            continue
        for field, rule in RULES.items():
            result = rule(row.get(field, ""))
            if result is not True:
                errors.append(FieldError(i, field, result))
    if errors:
        raise ExceptionGroup(f"{len(errors)} validation problem(s)", errors)

rows = [
    {"name": "Ann", "age": "34", "email": "ann@example.org"},
    {"name": " ", "age": "abc", "email": "nobody"},
    None,
    {"name": "Cy", "age": "200", "email": "cy@host.io"},
]

try:
    validate_rows(rows)
except* FieldError as eg:
    print(f"field errors ({len(eg.exceptions)}):")
    for e in eg.exceptions:
        print("  ", e, "| field:", e.field)
except* LookupError as eg:
    print("lookup errors:", [str(e) for e in eg.exceptions])

try:
    validate_rows(rows[:1])
    print("first row ok")
except* ValueError:
    print("unexpected")

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
match, rest = eg.split(ValueError)
print(repr(match.message), [str(e) for e in match.exceptions[0:1]], type(match.exceptions[1]).__name__)
print(repr(rest), len(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions))

def flatten(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e
print([f"{type(e).__name__}:{e}" for e in flatten(eg)])

try:
    try:
        raise ExceptionGroup("batch", [KeyError("k"), OSError("disk")])
    except* KeyError as g:
        print("handled", [repr(e) for e in g.exceptions])
except OSError as e:
    print("never")
except ExceptionGroup as g:
    print("left over:", g.message, [str(e) for e in g.exceptions])

err = FieldError(7, "zip", "too short")
err.add_note("hint: zip codes have 5 digits")
print(err.__notes__, isinstance(err, ValueError))
raise err
