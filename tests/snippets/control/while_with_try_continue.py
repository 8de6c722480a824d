queue = ["3", "x", "5", "", "7"]
total = 0
while queue:
    item = queue.pop(0)
    try:
        value = int(item)
    except ValueError:
        print("skip", repr(item))
        continue
    finally:
        print("left", len(queue))
    total += value
print("total", total)
