def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2))
def append_safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(append_safe(1), append_safe(2))
counter = 5
def snapshot(v=counter):
    return v
counter = 100
print(snapshot())
print(greet.__defaults__, append_to.__defaults__)
