import textwrap, string
rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print(f"{'name':<10}|{'price':>8}|{'qty':^5}|")
print("-" * 26)
for n, p, q in rows:
    print(f"{n:<10}|{p:>8.2f}|{q:^5d}|")
print(f"{sum(p * q for _, p, q in rows):,.3f} {1234567:_} {0.5:%} {255:#x} {255:#o} {255:b} {-42:+} {42:=+8}")
print("{0}-{1}-{0}".format("a", "b"), "{x}/{y}".format(x=1, y=2), "{:*^9}".format("mid"), "{!r}".format("q"))
print("%s is %d years, %.1f%%" % ("Al", 30, 99.5), "%(a)s+%(b)s" % {"a": 1, "b": 2}, "%5s|%-5s|" % ("r", "l"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Tim", what="tea"), t.safe_substitute(who="Ann"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent("a\nb\n", "> "), end="")
print(textwrap.dedent("""
    indented
      more
    back
""").strip())
print(string.capwords("hello   world"), string.ascii_letters[:5], string.digits, string.punctuation[:5])
print(f"{3.14159:.3}", f"{1e-5:g}", f"{123456789:.3e}", f"{float('inf')}", f"{-0.0}", f"{2**0.5!s:.5}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'x'!a}", f"{{braces}}", f"{1+1=}", f"{'nested':{'>'}{8}}")
