# bytes.hex with separators, bytes.fromhex / bytearray.fromhex whitespace handling and errors
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -2), b.hex(b'|', 3), b.hex(':', 10), b''.hex(':'))
print(bytearray(b'\x01\x02\x03').hex('.'), memoryview(b'\xab\xcd').hex(), memoryview(b'\xab\xcd\xef').hex('_', 1))
print(bytes.fromhex('deadbeef'), bytes.fromhex(' de ad  be ef '), bytes.fromhex(''), bytes.fromhex('0A0b'), bytearray.fromhex('ff 00'))
print(bytes.fromhex('01\t02\n03\r04\x0b05\x0c06'))
class B(bytes):
    pass
print(type(B.fromhex('00')).__name__, B.fromhex('4142'))
for s in ['0', 'zz', '0 1', 'abc', '12 3', 'é1']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(type(e).__name__, e)
for f in [lambda: b'a'.hex('ab'), lambda: b'a'.hex(''), lambda: b'a'.hex(1), lambda: bytes.fromhex(b'00'), lambda: b'ab'.hex('é')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
