print(float(), float(3), float("3.5"), float(" -2.25 "), float("1e3"), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+1E-3"), float(".5"), float("5."))
print(float(2 ** 60), float(True), float("0x1p3") if False else float.fromhex("0x1p3"))
for bad in ["", "abc", "1e", "1.2.3", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
