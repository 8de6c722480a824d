import re
import operator

class LangError(Exception):
    def __init__(self, msg, line):
        super().__init__(f"line {line}: {msg}")
        self.line = line

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value

TOKENS = re.compile(r"\s*(?:(\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+*/%<>(),=]))")
BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv, "%": operator.mod,
       "<": operator.lt, ">": operator.gt, "==": operator.eq, "!=": operator.ne, "<=": operator.le, ">=": operator.ge}
LEVELS = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

class Interp:
    def __init__(self, source):
        self.lines = [(i + 1, ln) for i, ln in enumerate(source.splitlines()) if ln.strip() and not ln.strip().startswith("#")]
        self.funcs = {}
        self.output = []

    def tokens(self, text, lineno):
        pos, out = 0, []
        text = text.rstrip()
        while pos < len(text):
            m = TOKENS.match(text, pos)
            if not m:
                raise LangError(f"bad character {text[pos:].strip()[0]!r}", lineno)
            num, name, op = m.groups()
            out.append(int(num) if num else name or op)
            pos = m.end()
        return out

    def expr(self, toks, env, lineno, level=0):
        if level == len(LEVELS):
            return self.atom(toks, env, lineno)
        left = self.expr(toks, env, lineno, level + 1)
        while toks and toks[0] in LEVELS[level]:
            op = toks.pop(0)
            right = self.expr(toks, env, lineno, level + 1)
            try:
                left = BIN[op](left, right)
            except ZeroDivisionError:
                raise LangError("division by zero", lineno) from None
        return left

    def atom(self, toks, env, lineno):
        if not toks:
            raise LangError("unexpected end of expression", lineno)
        t = toks.pop(0)
        if isinstance(t, int):
            return t
        if t == "-":
            return -self.atom(toks, env, lineno)
        if t == "(":
            v = self.expr(toks, env, lineno)
            if not toks or toks.pop(0) != ")":
                raise LangError("expected )", lineno)
            return v
        if toks and toks[0] == "(":
            toks.pop(0)
            args = []
            while toks[0] != ")":
                args.append(self.expr(toks, env, lineno))
                if toks[0] == ",":
                    toks.pop(0)
            toks.pop(0)
            return self.call(t, args, lineno)
        if t in env:
            return env[t]
        raise LangError(f"undefined name {t!r}", lineno)

    def call(self, name, args, lineno):
        if name not in self.funcs:
            raise LangError(f"unknown function {name!r}", lineno)
        params, body = self.funcs[name]
        if len(params) != len(args):
            raise LangError(f"{name} expects {len(params)} args, got {len(args)}", lineno)
        try:
            self.block(body, dict(zip(params, args)))
        except ReturnSignal as r:
            return r.value
        return 0

    def collect(self, lines, i, indent):
        body = []
        while i < len(lines) and (len(lines[i][1]) - len(lines[i][1].lstrip())) > indent:
            body.append(lines[i])
            i += 1
        return body, i

    def block(self, lines, env):
        i = 0
        while i < len(lines):
            lineno, raw = lines[i]
            indent = len(raw) - len(raw.lstrip())
            words = raw.split()
            match words:
                case ["def", *header]:
                    name, params = re.fullmatch(r"(\w+)\((.*)\):", " ".join(header)).groups()
                    body, i = self.collect(lines, i + 1, indent)
                    self.funcs[name] = ([p.strip() for p in params.split(",") if p.strip()], body)
                    continue
                case ["while", *cond]:
                    body, nxt = self.collect(lines, i + 1, indent)
                    guard = 0
                    while self.expr(self.tokens(" ".join(cond).rstrip(":"), lineno), env, lineno):
                        self.block(body, env)
                        guard += 1
                        if guard > 10000:
                            raise LangError("loop limit", lineno)
                    i = nxt
                    continue
                case ["if", *cond]:
                    body, nxt = self.collect(lines, i + 1, indent)
                    if self.expr(self.tokens(" ".join(cond).rstrip(":"), lineno), env, lineno):
                        self.block(body, env)
                    i = nxt
                    continue
                case ["print", *rest]:
                    self.output.append(self.expr(self.tokens(" ".join(rest), lineno), env, lineno))
                    print(self.output[-1])
                case ["return", *rest]:
                    raise ReturnSignal(self.expr(self.tokens(" ".join(rest), lineno), env, lineno))
                case [name, "=", *rest] if name.isidentifier():
                    toks = self.tokens(" ".join(rest), lineno)
                    env[name] = self.expr(toks, env, lineno)
                    if toks:
                        raise LangError(f"trailing tokens {toks}", lineno)
                case _:
                    raise LangError(f"cannot parse {raw.strip()!r}", lineno)
            i += 1

PROGRAM = """
# compute things
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def gcd(a, b):
    while b != 0:
        t = b
        b = a % b
        a = t
    return a
x = 10
print fact(x)
print gcd(1071, 462)
i = 0
total = 0
while i < 5:
    i = i + 1
    if i % 2 == 1:
        total = total + i * i
print total
print (2 + 3) * -4 == -20
"""
it = Interp(PROGRAM)
it.block(it.lines, {})
print("outputs:", it.output, "functions:", sorted(it.funcs))
for bad in ["print 1 / 0", "print y", "x = 1 2", "print foo(1)", "print fact(1, 2)", "launch rockets", "print 3 $ 4", "print (1 + 2"]:
    try:
        t = Interp(PROGRAM.split("x = 10")[0])
        t.block(t.lines, {})
        t.block([(99, bad)], {})
    except LangError as e:
        print(f"{bad!r:22} -> LangError: {e}")
