print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:e} {:,} {:x} {:%}".format(3.14159, 1234.5, 1234567, 255, 0.25))
point = {"x": 1, "y": 2}
print("({x}, {y})".format(**point), "{0[x]}".format(point))
print("{:*^{}}".format("mid", 11))
print("{!r:>6}".format("q"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{0:{1}}|".format("v", 4), "{{{}}}".format("in"))
print("{}".format_map({}) if False else "{a}".format_map({"a": "mapped"}))
