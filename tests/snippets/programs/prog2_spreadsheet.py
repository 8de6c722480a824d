import re
import math
import operator

class SheetError(Exception):
    pass

class CircularReference(SheetError):
    pass

CELL = re.compile(r"\b([A-Z])(\d+)\b")
RANGE = re.compile(r"\b(SUM|AVG|MAX|MIN|COUNT)\(([A-Z]\d+):([A-Z]\d+)\)")
FUNCS = {"SUM": sum, "AVG": lambda v: sum(v) / len(v), "MAX": max, "MIN": min, "COUNT": len}

class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}

    def __setitem__(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()

    def __getitem__(self, ref):
        return self.evaluate(ref, ())

    def cells_in(self, a, b):
        c0, r0 = a[0], int(a[1:])
        c1, r1 = b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(c0), ord(c1) + 1) for r in range(r0, r1 + 1)]

    def evaluate(self, ref, stack):
        if ref in stack:
            raise CircularReference(" -> ".join(stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            expr = raw[1:]
            stack = stack + (ref,)
            def expand(m):
                fn, a, b = m.groups()
                vals = [self.evaluate(c, stack) for c in self.cells_in(a, b) if c in self.raw]
                return repr(FUNCS[fn](vals))
            expr = RANGE.sub(expand, expr)
            expr = CELL.sub(lambda m: repr(self.evaluate(m.group(0), stack)), expr)
            try:
                value = eval(expr, {"__builtins__": {}}, {"sqrt": math.sqrt, "round": round})
            except ZeroDivisionError:
                value = "#DIV/0!"
            except SyntaxError as e:
                raise SheetError(f"{ref}: bad formula {raw!r}") from e
        else:
            value = raw
        self.cache[ref] = value
        return value

    def render(self, cols="ABCD", rows=range(1, 6)):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self[f"{c}{r}"]
                except SheetError as e:
                    v = "#ERR"
                cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
            lines.append(f"{r:>3} " + "".join(cells))
        return "\n".join(lines)

s = Sheet()
data = {"A1": 10, "A2": 20, "A3": 30.5, "A4": "=SUM(A1:A3)", "B1": "=A1*2", "B2": "=B1+A2/4",
        "B3": "=sqrt(A1*A1+B1*B1)", "B4": "=AVG(A1:B3)", "C1": "=A1/0", "C2": "=MAX(A1:B2)-MIN(A1:B2)",
        "C3": "=COUNT(A1:B4)", "D1": "=D2+1", "D2": "=D1+1", "D3": "=1 +* 2", "D4": "=round(B3, 3)"}
for k, v in data.items():
    s[k] = v
print(s.render())
for ref in ("D1", "D3"):
    try:
        s[ref]
    except CircularReference as e:
        print("CircularReference:", e)
    except SheetError as e:
        print("SheetError:", e, "| cause:", type(e.__cause__).__name__)
s["A1"] = 100
print(s["A4"], s["B2"], f"{s['B4']:.3f}", s["C2"], len(s.cache))
