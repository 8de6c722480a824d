s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[::-2])
print(s[5:2], s[5:2:-1], s[-1:-4:-1], s[100:], s[-100:2], s[2:100], repr(s[10:]))
print(s[1:9:2][::-1], s[:], s[:] is s)
u = "héllo→wörld"
print(u[1], u[5], u[::-1], len(u), u[3:8])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
