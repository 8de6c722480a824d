for i in range(3):
    pass
print("after loop i =", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
x = [1, 2, 3]
for x_item in x:
    x_item *= 2
print(x)
for idx in range(len(x)):
    x[idx] *= 2
print(x)
