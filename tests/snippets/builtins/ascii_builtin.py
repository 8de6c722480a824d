print(ascii("plain"), ascii("café"), ascii("日本"), ascii("\U0001F600"), ascii(["é", 1]))
print(ascii(b"\xff"), ascii("\n\t"), ascii(1.5))
