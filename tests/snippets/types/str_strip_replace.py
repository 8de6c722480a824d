s = "xx--hello--xx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), s.strip("x-"), "  \t\n pad \n".strip())
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("hello world".replace("o", "0").replace("l", "1"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
