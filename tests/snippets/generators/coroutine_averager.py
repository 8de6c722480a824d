def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
