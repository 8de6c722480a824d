import textwrap
import keyword
import string

DOC = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen
liquor jugs. How vexingly quick daft zebras jump! Sphinx of black quartz,
judge my vow."""

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]

def boxed(lines, title=""):
    w = max(map(len, lines))
    top = f"+-{title:-^{w}}-+" if title else "+" + "-" * (w + 2) + "+"
    return "\n".join([top, *(f"| {ln:<{w}} |" for ln in lines), "+" + "-" * (w + 2) + "+"])

lines = textwrap.wrap(DOC, 30)
print("\n".join(justify(l, 30) if i < len(lines) - 1 else l for i, l in enumerate(lines)))
print(boxed(textwrap.wrap(DOC, 40), " doc "))
print(textwrap.fill(DOC, 50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(DOC, 60, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\nc", "> "))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))

def is_valid_name(s):
    return s.isidentifier() and not keyword.iskeyword(s)

for cand in ["total", "class", "_x1", "2fast", "match", "None", "lambda_", "with space", "π"]:
    print(f"{cand!r:14} identifier={cand.isidentifier()!s:5} keyword={keyword.iskeyword(cand)!s:5} soft={keyword.issoftkeyword(cand)!s:5} valid={is_valid_name(cand)}")
print(len(keyword.kwlist) > 30, "async" in keyword.kwlist, sorted(keyword.softkwlist)[:3])

tpl = string.Template("Dear $name, your balance is $$${amount}. ${missing}")
print(tpl.safe_substitute(name="Ann", amount="12.50"))
try:
    tpl.substitute(name="Ann", amount=1)
except KeyError as e:
    print("KeyError:", e)
fmt = string.Formatter()
print(fmt.format("{0:>5}|{x:^7}|{1!r}", 42, "hi", x="mid"), [p[1] for p in fmt.parse("a{b}c{d:>3}")])
table = [("left", "<"), ("center", "^"), ("right", ">")]
for label, align in table:
    print(f"[{label:{align}12}] [{3.14159:{align}10.2f}] [{'x':*{align}5}]")
print(string.punctuation[:10], string.hexdigits, "snake_case_name".title().replace("_", ""))
print(" ".join(w[::-1] for w in "reverse every word".split()), "Hello".swapcase(), "a,b,,c".split(","), "x".zfill(4), "-5".zfill(4))
