counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    global created
    created = "yes"
make()
print(created)
def reads():
    return counter * 10
print(reads())
