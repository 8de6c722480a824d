class ServiceError(Exception):
    """Base for errors surfaced to callers."""

class NotFound(ServiceError):
    pass

class StorageError(Exception):
    pass

class ValidationError(ServiceError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class Storage:
    def __init__(self):
        self.rows = {1: {"name": "ann", "email": "ann@example.com"}, 2: {"name": "bob", "email": None}}
        self.fail_on = set()

    def get(self, key):
        if key in self.fail_on:
            raise StorageError(f"disk read failed for {key}")
        return self.rows[key]

class Repository:
    def __init__(self, storage):
        self.storage = storage

    def load_user(self, uid):
        try:
            return self.storage.get(uid)
        except KeyError as e:
            raise NotFound(f"user {uid} does not exist") from e

class UserService:
    def __init__(self, repo):
        self.repo = repo

    def email_domain(self, uid):
        user = self.repo.load_user(uid)
        try:
            return user["email"].split("@")[1]
        except AttributeError:
            raise ValidationError("email", "missing")

    def report(self, uid):
        try:
            return f"user {uid}: {self.email_domain(uid)}"
        except StorageError as e:
            raise ServiceError(f"report for {uid} unavailable") from e

def describe(exc):
    chain = []
    while exc is not None:
        how = "cause" if exc.__cause__ is not None else ("context" if exc.__context__ is not None and not exc.__suppress_context__ else "")
        chain.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return " <- ".join(chain)

storage = Storage()
storage.fail_on.add(3)
storage.rows[3] = {}
svc = UserService(Repository(storage))
for uid in (1, 2, 3, 4):
    try:
        print(svc.report(uid))
    except ServiceError as e:
        print(f"{type(e).__name__}: {e}")
        print("   chain:", describe(e))
        print("   cause:", type(e.__cause__).__name__ if e.__cause__ else None,
              "context:", type(e.__context__).__name__ if e.__context__ else None,
              "suppress:", e.__suppress_context__)

try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs before propagation")
except ValueError as e:
    print("got", e, e.__context__)

def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}["k"]
        except KeyError as ke:
            raise RuntimeError("both failed") from None

try:
    nested()
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

print(svc.report(2))
