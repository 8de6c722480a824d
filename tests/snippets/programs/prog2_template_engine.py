import re

class TemplateError(Exception):
    pass

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)

class Template:
    FILTERS = {
        "upper": str.upper,
        "lower": str.lower,
        "title": str.title,
        "len": len,
        "reverse": lambda v: v[::-1],
        "join": lambda v: ", ".join(map(str, v)),
        "money": lambda v: f"${v:,.2f}",
    }

    def __init__(self, source):
        self.source = source
        self.tree = self._parse(iter(TOKEN.split(source)), None)

    def _parse(self, tokens, until):
        nodes = []
        for tok in tokens:
            if tok.startswith("{{"):
                nodes.append(("var", tok[2:-2].strip()))
            elif tok.startswith("{%"):
                words = tok[2:-2].split()
                match words:
                    case ["for", var, "in", expr]:
                        nodes.append(("for", var, expr, self._parse(tokens, "endfor")))
                    case ["if", *cond]:
                        body = self._parse(tokens, "endif")
                        nodes.append(("if", " ".join(cond), body))
                    case [end] if end == until:
                        return nodes
                    case _:
                        raise TemplateError(f"unexpected tag {tok!r}")
            elif tok:
                nodes.append(("text", tok))
        if until:
            raise TemplateError(f"missing {{% {until} %}}")
        return nodes

    def _lookup(self, expr, ctx):
        name, *filters = [p.strip() for p in expr.split("|")]
        val = ctx
        for part in name.split("."):
            try:
                val = val[part] if isinstance(val, dict) else getattr(val, part)
            except (KeyError, AttributeError):
                raise TemplateError(f"undefined: {name}") from None
        for f in filters:
            try:
                val = self.FILTERS[f](val)
            except KeyError:
                raise TemplateError(f"unknown filter {f!r}") from None
        return val

    def _truthy(self, cond, ctx):
        if cond.startswith("not "):
            return not self._truthy(cond[4:], ctx)
        try:
            return bool(self._lookup(cond, ctx))
        except TemplateError:
            return False

    def _render(self, nodes, ctx, out):
        for node in nodes:
            match node:
                case ("text", s):
                    out.append(s)
                case ("var", expr):
                    out.append(str(self._lookup(expr, ctx)))
                case ("for", var, expr, body):
                    seq = list(self._lookup(expr, ctx))
                    for i, item in enumerate(seq):
                        inner = dict(ctx, **{var: item, "loop": {"index": i + 1, "last": i == len(seq) - 1}})
                        self._render(body, inner, out)
                case ("if", cond, body):
                    if self._truthy(cond, ctx):
                        self._render(body, ctx, out)

    def render(self, **ctx):
        out = []
        self._render(self.tree, ctx, out)
        return "".join(out)

class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles

tpl = Template("""Hello {{ user.name | title }}!
{% if user.roles %}Roles ({{ user.roles | len }}): {{ user.roles | join }}
{% endif %}{% if not user.roles %}No roles.
{% endif %}Orders:
{% for o in orders %}  {{ loop.index }}. {{ o.item | upper }} {{ o.price | money }}{% if not loop.last %},{% endif %}
{% endfor %}Reversed name: {{ user.name | reverse }}
""")
print(tpl.render(user=User("ada lovelace", ["admin", "dev"]),
                 orders=[{"item": "lamp", "price": 1234.5}, {"item": "desk", "price": 99}]), end="")
print(tpl.render(user=User("bob", []), orders=[]), end="")
for src, ctx in [("{{ missing }}", {}), ("{{ x | nope }}", {"x": 1}), ("{% for a in b %}x", {"b": []}),
                 ("{% while x %}", {}), ("{{ a.b.c }}", {"a": {"b": {"c": "deep"}}})]:
    try:
        print(repr(Template(src).render(**ctx)))
    except TemplateError as e:
        print("TemplateError:", e)
