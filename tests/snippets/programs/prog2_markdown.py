import re

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), lambda m: f"<em>{m.group(1)}</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]

def inline(text):
    text = escape(text)
    for pat, repl in INLINE:
        text = pat.sub(repl, text)
    return text

def blocks(lines):
    buf, kind = [], None
    for line in lines:
        if line.startswith("```"):
            if kind == "code":
                yield kind, buf
                buf, kind = [], None
            else:
                if buf:
                    yield kind, buf
                buf, kind = [], "code"
            continue
        if kind == "code":
            buf.append(line)
            continue
        new = ("blank" if not line.strip() else
               "heading" if line.startswith("#") else
               "ul" if re.match(r"\s*[-*] ", line) else
               "ol" if re.match(r"\s*\d+\. ", line) else
               "quote" if line.startswith(">") else "p")
        if new != kind or new == "heading":
            if buf and kind != "blank":
                yield kind, buf
            buf, kind = [], new
        buf.append(line)
    if buf and kind != "blank":
        yield kind, buf

def render(md):
    out = []
    toc = []
    for kind, lines in blocks(md.splitlines()):
        match kind:
            case "heading":
                level = len(lines[0]) - len(lines[0].lstrip("#"))
                title = lines[0][level:].strip()
                slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
                toc.append((level, title, slug))
                out.append(f'<h{level} id="{slug}">{inline(title)}</h{level}>')
            case "ul" | "ol":
                items = [re.sub(r"^\s*(?:[-*]|\d+\.) ", "", l) for l in lines]
                out.append(f"<{kind}>" + "".join(f"<li>{inline(i)}</li>" for i in items) + f"</{kind}>")
            case "quote":
                out.append("<blockquote>" + inline(" ".join(l.lstrip("> ") for l in lines)) + "</blockquote>")
            case "code":
                out.append("<pre><code>" + escape("\n".join(lines)) + "</code></pre>")
            case "p":
                out.append("<p>" + inline(" ".join(l.strip() for l in lines)) + "</p>")
    return "\n".join(out), toc

DOC = """# Ferrum *notes*

Ferrum is a **Python** implementation written in `Rust`.
It aims for [compatibility](https://example.org/compat) with CPython 3.11.

## Features

- fast **startup**
- a `match` statement
* exceptions & tracebacks

1. write code
2. run <tests>
3. profit

> Simplicity is prerequisite
> for reliability.

```
if a < b and c > d:
    print("**not bold**")
```

## Status & Plans
Done: 80%
"""
html, toc = render(DOC)
print(html)
print("-- toc --")
for level, title, slug in toc:
    print(f"{'  ' * (level - 1)}- {title} (#{slug})")
print(inline("a * b * c and **x** then *y*"), inline("no [link](bad url)"))
words = re.findall(r"\w+", re.sub(r"<[^>]+>", " ", html))
print(len(words), sorted({w.lower() for w in words if len(w) > 8}))
