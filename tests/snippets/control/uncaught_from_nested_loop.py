def process(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            print("visit", r, c)
            try:
                yield 100 // v
            finally:
                print("cleanup", r, c)

for val in process([[1, 2], [5, 0, 7]]):
    print("got", val)
print("never")
