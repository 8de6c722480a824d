s = "abc" "def"
print(s)
print("a" 'b' """c""" '''d''')
long = ("this is "
        "a long "
        "string")
print(long)
print(b"x" b"y")
n = 5
print("n=" f"{n}" " done")
print(len("" ""), repr("" "x"))
