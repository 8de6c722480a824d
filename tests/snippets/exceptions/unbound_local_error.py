count = 0
def increment():
    count += 1
try:
    increment()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def conditional(flag):
    if flag:
        value = 1
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    x = 5
free_var()
