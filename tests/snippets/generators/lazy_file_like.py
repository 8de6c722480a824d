def lines(text):
    start = 0
    while True:
        end = text.find("\n", start)
        if end == -1:
            if start < len(text):
                yield text[start:]
            return
        yield text[start:end]
        start = end + 1
def numbered(it):
    for i, line in enumerate(it, 1):
        yield f"{i:3}: {line}"
doc = "first line\nsecond\n\nfourth without newline"
for l in numbered(lines(doc)):
    print(l)
