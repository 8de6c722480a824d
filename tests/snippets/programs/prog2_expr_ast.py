import operator
from functools import singledispatch

class Expr:
    def __add__(self, o): return BinOp("+", self, wrap(o))
    def __radd__(self, o): return BinOp("+", wrap(o), self)
    def __mul__(self, o): return BinOp("*", self, wrap(o))
    def __rmul__(self, o): return BinOp("*", wrap(o), self)
    def __sub__(self, o): return BinOp("-", self, wrap(o))
    def __pow__(self, o): return BinOp("^", self, wrap(o))
    def __neg__(self): return BinOp("*", Num(-1), self)

class Num(Expr):
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value

class Var(Expr):
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name

class BinOp(Expr):
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def wrap(x):
    return x if isinstance(x, Expr) else Num(x)

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "^": operator.pow}

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"unbound variable {name!r}") from None
        case BinOp(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))

def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case _, Num(a), Num(b):
                    return Num(OPS[op](a, b))
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case "^", x, Num(1):
                    return x
                case "^", _, Num(0):
                    return Num(1)
                case "-", x, y if show(x) == show(y):
                    return Num(0)
            return BinOp(op, l, r)
        case _:
            return e

def diff(e, var):
    match e:
        case Num():
            return Num(0)
        case Var(name):
            return Num(1 if name == var else 0)
        case BinOp("+" | "-" as op, l, r):
            return BinOp(op, diff(l, var), diff(r, var))
        case BinOp("*", l, r):
            return l * diff(r, var) + diff(l, var) * r
        case BinOp("^", l, Num(n)):
            return Num(n) * l ** (n - 1) * diff(l, var)
    raise ValueError(f"cannot differentiate {show(e)}")

PREC = {"+": 1, "-": 1, "*": 2, "^": 3}

@singledispatch
def show(e, parent=0):
    raise TypeError(type(e).__name__)

@show.register
def _(e: Num, parent=0):
    return f"({e.value})" if e.value < 0 else str(e.value)

@show.register
def _(e: Var, parent=0):
    return e.name

@show.register
def _(e: BinOp, parent=0):
    p = PREC[e.op]
    s = f"{show(e.left, p)} {e.op} {show(e.right, p + (e.op in '-^'))}"
    return f"({s})" if p < parent else s

x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x - 7, (x + 1) * (x - 1), x * y + y ** 3, 0 * x + 1 * (y + 0), x - x, -(x ** 3)]
for e in exprs:
    d = simplify(diff(e, "x"))
    print(f"{show(e):<28} | s={show(simplify(e)):<18} | d/dx={show(d):<24} | @x=2,y=3: {evaluate(e, {'x': 2, 'y': 3})}")
print(show(BinOp("-", Num(5), BinOp("-", Num(3), Num(1)))), evaluate(BinOp("-", Num(5), BinOp("-", Num(3), Num(1))), {}))
try:
    evaluate(x + Var("z"), {"x": 1})
except NameError as e:
    print("NameError:", e)
try:
    diff(x ** y, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    show("text")
except TypeError as e:
    print("TypeError:", e)
print(sorted(t.__name__ for t in show.registry if t is not object))
