class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(age):
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age
print(validate(5))
validate(-1)
