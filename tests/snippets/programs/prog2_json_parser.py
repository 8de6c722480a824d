import re

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

TOKEN_RE = re.compile(r'\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<str>"(?:[^"\\]|\\.)*")|(?P<kw>true|false|null)|(?P<punct>[{}\[\]:,]))')

def tokenize(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ParseError(f"unexpected {text[pos:].lstrip()[:1]!r}", pos)
        kind = m.lastgroup
        yield kind, m.group(kind), m.start(kind)
        pos = m.end()
    yield "eof", None, pos

class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, val, pos = self.next()
        if val != value:
            raise ParseError(f"expected {value!r} got {val!r}", pos)

    def parse(self):
        v = self.value()
        kind, _, pos = self.next()
        if kind != "eof":
            raise ParseError("trailing data", pos)
        return v

    def value(self):
        kind, val, pos = self.next()
        match kind, val:
            case "num", _:
                return float(val) if "." in val else int(val)
            case "str", _:
                return val[1:-1].replace('\\"', '"').replace("\\n", "\n")
            case "kw", "true":
                return True
            case "kw", "false":
                return False
            case "kw", "null":
                return None
            case "punct", "[":
                return self.array()
            case "punct", "{":
                return self.obj()
            case _:
                raise ParseError(f"unexpected {val!r}", pos)

    def array(self):
        items = []
        if self.tokens[self.i][1] == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            kind, val, pos = self.next()
            if val == "]":
                return items
            if val != ",":
                raise ParseError(f"expected , or ] got {val!r}", pos)

    def obj(self):
        d = {}
        if self.tokens[self.i][1] == "}":
            self.i += 1
            return d
        while True:
            kind, key, pos = self.next()
            if kind != "str":
                raise ParseError("key must be string", pos)
            self.expect(":")
            d[key[1:-1]] = self.value()
            kind, val, pos = self.next()
            if val == "}":
                return d
            if val != ",":
                raise ParseError(f"expected , or }} got {val!r}", pos)

def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)):
                print(f"{pad}{k}:")
                dump(x, indent + 1)
            else:
                print(f"{pad}{k}: {x!r}")
    elif isinstance(v, list):
        for i, x in enumerate(v):
            if isinstance(x, (dict, list)):
                print(f"{pad}- [{i}]")
                dump(x, indent + 1)
            else:
                print(f"{pad}- {x!r}")

samples = [
    '{"name": "ferrum", "version": 3.11, "tags": ["fast", "rust"], "ok": true}',
    '[1, 2, [3, [4, []]], {}, null, "a\\"b"]',
    '{"nested": {"deep": {"x": -12, "y": false}}, "list": [{"k": 1}, {"k": 2}]}',
    '[1, 2,, 3]',
    '{"a" 1}',
    '{"a": 1} extra',
    '[1, @]',
    '{1: 2}',
]
for s in samples:
    try:
        v = Parser(s).parse()
        print("parsed:", v)
        dump(v)
    except ParseError as e:
        print(f"error: {e} (pos={e.pos})")
