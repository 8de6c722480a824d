class T:
    def __repr__(self):
        return "T-repr"
    def __str__(self):
        return "T-str"
t = T()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t!a}")
print(f"{'naïve'!a}", f"{'naïve'!r}", f"{'naïve'}")
print(f"{t!r:>10}|", f"{t!s:*<8}|")
print(f"{3.0!s}", f"{3.0!r}", f"{[1,'a']!s}")
print(f"{None}", f"{None!r:5}|")
print(f"{b'by'!r}", f"{b'by'}")
