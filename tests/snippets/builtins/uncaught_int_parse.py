readings = ["12", "15", "n/a", "9"]
total = 0
for r in readings:
    total += int(r)
    print("running total", total)
