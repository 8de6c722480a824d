for n in [0, 1, 255, 256, -1, -256, 2 ** 64, -(2 ** 100)]:
    print(n, n.bit_length(), bin(n).count("1"))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (1024).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes(b"\x01\x02\x03", "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).bit_count(), (42).conjugate(), (7).numerator, (7).denominator, (5).real, (5).imag)
print((17).__divmod__(5), (3).__pow__(4), int.__add__(1, 2), (-5).__abs__())
print((12).as_integer_ratio(), True.bit_length())
