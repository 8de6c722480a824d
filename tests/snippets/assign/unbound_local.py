x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())
def g():
    del y_local_never
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
