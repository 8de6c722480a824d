s = "hello WORLD, it's a test"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep="\n")
print("ß".upper(), "İ".lower() == "i̇", "ǅ".title(), "ΣΑΣ".lower())
print("hello".isupper(), "HELLO".isupper(), "Hello World".istitle(), "abc".islower())
print("straße".casefold(), "ABC".casefold())
