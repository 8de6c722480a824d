print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("no".rpartition("="))
text = "line one\nline two\r\nline three\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines())
