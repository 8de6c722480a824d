import sys
def check(v):
    if v > 2:
        print("value too big:", v)
        sys.exit(4)
    return v
for i in range(5):
    print("checked", check(i))
