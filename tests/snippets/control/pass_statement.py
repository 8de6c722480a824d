def nothing():
    pass
class Empty:
    pass
for i in range(3):
    pass
print(nothing(), Empty.__name__, i)
if True:
    pass
else:
    print("no")
while False:
    pass
print("done")
