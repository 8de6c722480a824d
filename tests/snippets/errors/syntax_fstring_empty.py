name = "x"
print(f"{}")
