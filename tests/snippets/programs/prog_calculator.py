import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
class ParseError(Exception):
    pass
def tokenize(s):
    for num, op in TOKEN.findall(s):
        if num:
            yield ("num", float(num) if "." in num else int(num))
        elif op.strip():
            yield ("op", op)
    yield ("end", None)
class Parser:
    def __init__(self, text):
        self.toks = list(tokenize(text))
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            _, op = self.take()
            r = self.factor()
            match op:
                case "*": v *= r
                case "/": v /= r
                case "%": v %= r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            base = val
        elif (kind, val) == ("op", "("):
            base = self.expr()
            if self.take() != ("op", ")"):
                raise ParseError("expected )")
        elif (kind, val) == ("op", "-"):
            return -self.factor()
        else:
            raise ParseError(f"unexpected {val!r}")
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
def calc(s):
    try:
        p = Parser(s)
        v = p.expr()
        if p.peek()[0] != "end":
            raise ParseError("trailing input")
        return v
    except ZeroDivisionError as e:
        return f"error: {e}"
    except ParseError as e:
        return f"parse error: {e}"
for s in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3", "1 / 0", "2 * (3", "1 + + 2", "3.5 * 2", "10 - 2 - 3", "2 ^ -1"]:
    print(f"{s!r:>14} = {calc(s)}")
