import math
import operator

class CalcError(Exception):
    pass

class StackUnderflow(CalcError):
    def __init__(self, op, need, have):
        super().__init__(f"{op!r} needs {need} operand(s), stack has {have}")

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "^": operator.pow, "max": max, "min": min}
UNARY = {"neg": operator.neg, "sqrt": math.sqrt, "abs": abs, "!": math.factorial}

class RPN:
    def __init__(self):
        self.stack = []
        self.vars = {"pi": math.pi, "e": math.e}

    def pop(self, op, n):
        if len(self.stack) < n:
            raise StackUnderflow(op, n, len(self.stack))
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals

    def run(self, src):
        for tok in src.split():
            match tok:
                case "dup":
                    (a,) = self.pop(tok, 1)
                    self.stack += [a, a]
                case "swap":
                    a, b = self.pop(tok, 2)
                    self.stack += [b, a]
                case "drop":
                    self.pop(tok, 1)
                case "sum":
                    self.stack[:] = [sum(self.stack)]
                case _ if tok in BINARY:
                    a, b = self.pop(tok, 2)
                    try:
                        self.stack.append(BINARY[tok](a, b))
                    except ZeroDivisionError as e:
                        raise CalcError(f"division by zero in {a} {tok} {b}") from e
                case _ if tok in UNARY:
                    (a,) = self.pop(tok, 1)
                    self.stack.append(UNARY[tok](a))
                case _ if tok.startswith("=") and len(tok) > 1:
                    (self.vars[tok[1:]],) = self.pop(tok, 1)
                case _ if tok in self.vars:
                    self.stack.append(self.vars[tok])
                case _:
                    try:
                        self.stack.append(int(tok))
                    except ValueError:
                        try:
                            self.stack.append(float(tok))
                        except ValueError:
                            raise CalcError(f"unknown token {tok!r}") from None
        return self.stack[-1] if self.stack else None

def to_rpn(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
    out, ops = [], []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok in prec:
            while ops and ops[-1] != "(" and (prec[ops[-1]] > prec[tok] or (prec[ops[-1]] == prec[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    return " ".join(out + ops[::-1])

calc = RPN()
programs = ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "10 3 // 10 3 % 10 3 /", "16 sqrt 5 ! +",
            "1 2 3 4 5 sum", "r =r pi r r * *", "7 dup * neg abs", "1 2 swap - 9 4 max", "+",
            "1 0 /", "2 foo *", "3 2.5 *"]
for p in programs:
    calc.stack.clear()
    try:
        r = calc.run(p)
        shown = f"{r:.6g}" if isinstance(r, float) else r
        print(f"{p:<28} => {shown}   stack={calc.stack}")
    except CalcError as e:
        cause = f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{p:<28} !! {type(e).__name__}: {e}{cause}")
for infix in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "( 1 + 2 ) * ( 3 + 4 )", "10 - 4 - 3", "2 ^ 3 ^ 2"]:
    rpn = to_rpn(infix)
    calc.stack.clear()
    print(f"{infix:<32} -> {rpn:<30} = {calc.run(rpn)}")
print(sorted(calc.vars.items())[:2])
calc.run("1 2 3 drop drop drop drop")
