results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append(None)
        continue
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"try {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)
