def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key, value
for k, v in parse(["a=1", "b=2", "broken", "c=3"]):
    print(k, v)
