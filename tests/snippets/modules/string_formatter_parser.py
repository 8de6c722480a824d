# _string: the format-string parser behind string.Formatter.
import _string
for s in ["a{{b", "a}}b", "x{0!r:>5}y", "{}", "{name.attr[0]:{w}}", "plain", "", "{a[x]!s}"]:
    print(repr(s), list(_string.formatter_parser(s)))
first, rest = _string.formatter_field_name_split("a.b[0][key]")
print(first, list(rest), _string.formatter_field_name_split("12")[0])
for bad in ["a}b", "a{", "{0!}", "{0!rx}"]:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print("ValueError:", e)
