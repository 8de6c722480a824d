values = ["10", "20", "thirty", "40"]
def parse_all(items):
    return [int(v) for v in items]
print(parse_all(values[:2]))
print(parse_all(values))
