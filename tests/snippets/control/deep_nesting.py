result = []
for a in range(2):
    if a:
        for b in range(2):
            while b < 2:
                if b == 1:
                    for c in "xy":
                        try:
                            if c == "y":
                                result.append((a, b, c))
                        finally:
                            pass
                b += 1
print(result)
def nested(n):
    if n > 0:
        if n > 1:
            if n > 2:
                return "big"
            return "two"
        return "one"
    return "none"
print([nested(i) for i in range(4)])
