def greet(name):
    return "hi " + name
print(greet("bob"))
print(greet(42))
