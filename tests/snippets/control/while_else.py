i = 0
while i < 5:
    i += 1
else:
    print("completed normally, i =", i)
j = 0
while j < 10:
    if j == 3:
        print("breaking at", j)
        break
    j += 1
else:
    print("never printed")
k = 10
while k < 5:
    print("not run")
else:
    print("else runs even with zero iterations")
