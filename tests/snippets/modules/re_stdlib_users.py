# Modules that depend on re import and work
import string, textwrap, fnmatch, glob, re

print(string.Template('$who likes $what').substitute(who='tim', what='pie'))
print(string.capwords('hello   big world'))
print(textwrap.wrap('The quick brown fox jumps over the lazy dog', 12))
print(textwrap.dedent('    a\n    b\n'))
print(textwrap.fill('hello world ' * 5, width=20))
print(textwrap.shorten('Hello  world!  How are you?', width=15))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatch('foo.py', '*.c'))
print(fnmatch.filter(['a.py', 'b.c', 'c.py'], '*.py'))
print(fnmatch.translate('*.p[yw]'))
print(glob.escape('a[b]*'))

