# int.to_bytes / int.from_bytes: byte orders, signedness, defaults, errors
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'), (1).to_bytes())
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64 - 1).to_bytes(8, byteorder='big'), (2**70).to_bytes(9, 'little'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes(memoryview(b'\x80'), 'big', signed=True))
print(int.from_bytes(b'\x01' * 20, 'big'))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
for n in [0, 1, -1, 127, 128, -128, -129, 2**100, -(2**100)]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, 'big', signed=True)
    print(n, b.hex(), int.from_bytes(b, 'big', signed=True) == n)
tests = [
    lambda: (256).to_bytes(1, 'big'),
    lambda: (-1).to_bytes(1, 'big'),
    lambda: (128).to_bytes(1, 'big', signed=True),
    lambda: (1).to_bytes(1, 'middle'),
    lambda: (1).to_bytes(-1, 'big'),
    lambda: int.from_bytes('abc', 'big'),
    lambda: int.from_bytes(b'\x00', 'sideways'),
    lambda: int.from_bytes([256], 'big'),
    lambda: (1).to_bytes(1, 'big', True),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
