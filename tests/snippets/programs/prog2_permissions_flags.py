from enum import Flag, IntFlag, auto, Enum, unique

class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

@unique
class Role(Enum):
    GUEST = "guest"
    USER = "user"
    ADMIN = "admin"

    @property
    def perms(self):
        return {Role.GUEST: Perm.READ, Role.USER: Perm.RW, Role.ADMIN: Perm.ALL}[self]

class AccessDenied(PermissionError):
    def __init__(self, who, needed, have):
        missing = needed & ~have
        super().__init__(f"{who} lacks {missing.name}")
        self.missing = missing

def require(needed):
    def deco(fn):
        def wrapper(user, *args):
            have = user["role"].perms | user.get("extra", Perm.NONE)
            if needed & have != needed:
                raise AccessDenied(user["name"], needed, have)
            return fn(user, *args)
        wrapper.__name__ = fn.__name__
        wrapper.needed = needed
        return wrapper
    return deco

@require(Perm.READ)
def view(user, doc):
    return f"{user['name']} views {doc}"

@require(Perm.RW)
def edit(user, doc):
    return f"{user['name']} edits {doc}"

@require(Perm.EXEC | Perm.READ)
def run(user, doc):
    return f"{user['name']} runs {doc}"

users = [{"name": "gus", "role": Role.GUEST}, {"name": "uma", "role": Role.USER},
         {"name": "ada", "role": Role.ADMIN}, {"name": "xev", "role": Role.GUEST, "extra": Perm.EXEC}]
for u in users:
    for action in (view, edit, run):
        try:
            print(action(u, "report.txt"))
        except AccessDenied as e:
            print(f"denied: {e} ({action.__name__} needs {action.needed.name})")

print(Perm.RW, Perm.READ in Perm.RW, Perm.EXEC in Perm.RW, bool(Perm.NONE), Perm.ALL.value)
print(list(Perm.ALL) if hasattr(Perm.ALL, "__iter__") else None)
print([p.name for p in Perm if p.value and p.value & (p.value - 1) == 0])
m = Mode.R | Mode.X
print(int(m), m & Mode.R, m & Mode.W, Mode(6), oct(Mode.R | Mode.W | Mode.X), m + 1)
def mode_string(bits):
    return "".join(ch if bits & flag else "-" for ch, flag in zip("rwx", (Mode.R, Mode.W, Mode.X)))
print([mode_string(int(d)) for d in "7540"])
print(Role("admin"), Role.USER.perms, [r.value for r in Role], Role.ADMIN.name.title())
try:
    Role("root")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
