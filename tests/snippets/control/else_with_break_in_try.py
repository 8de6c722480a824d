for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
else:
    print("no else")
print("i =", i)
for i in range(2):
    try:
        continue
    finally:
        print("cleanup", i)
else:
    print("loop else")
