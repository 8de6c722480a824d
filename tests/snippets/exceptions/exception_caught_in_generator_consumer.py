def producer():
    for i in range(5):
        if i == 3:
            raise ValueError(f"bad item {i}")
        yield i
collected = []
try:
    for item in producer():
        collected.append(item)
except ValueError as e:
    print("stopped:", e)
print(collected)
