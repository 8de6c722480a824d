import struct
from collections import namedtuple

class RecordError(Exception):
    pass

Header = namedtuple("Header", "magic version count")
Employee = namedtuple("Employee", "id name salary active")

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<I16sd?")

def pack(employees):
    out = bytearray(HEADER.pack(b"EMPL", 2, len(employees)))
    for e in employees:
        name = e.name.encode("utf-8")
        if len(name) > 16:
            raise RecordError(f"name too long: {e.name!r}")
        out += RECORD.pack(e.id, name, e.salary, e.active)
    return bytes(out)

def unpack(blob):
    if len(blob) < HEADER.size:
        raise RecordError("truncated header")
    h = Header._make(HEADER.unpack_from(blob))
    if h.magic != b"EMPL":
        raise RecordError(f"bad magic {h.magic!r}")
    expected = HEADER.size + h.count * RECORD.size
    if len(blob) != expected:
        raise RecordError(f"size {len(blob)} != expected {expected}")
    for i in range(h.count):
        rid, raw, salary, active = RECORD.unpack_from(blob, HEADER.size + i * RECORD.size)
        yield Employee(rid, raw.rstrip(b"\0").decode("utf-8"), salary, active)

staff = [Employee(1, "Ada", 8200.5, True), Employee(2, "Grace", 9100.0, True),
         Employee(17, "Linus", 7000.25, False), Employee(42, "Zoë", 6500.0, True)]
blob = pack(staff)
print(HEADER.size, RECORD.size, len(blob))
print(blob[:10].hex(" "), blob[10:14])
back = list(unpack(blob))
print(back == staff, back[3], back[3]._asdict())
print(max(back, key=lambda e: e.salary).name, sum(e.salary for e in back if e.active))
print(back[0]._replace(salary=1.0), Employee._fields)
for bad in (blob[:5], b"XXXX" + blob[4:], blob + b"\0", None):
    try:
        if bad is None:
            pack([Employee(3, "a-very-long-name-indeed", 1.0, True)])
        else:
            list(unpack(bad))
    except RecordError as e:
        print("RecordError:", e)
print(struct.pack(">hHi", -2, 65535, -1).hex(), struct.unpack("<3B", b"\x01\x02\xff"), struct.calcsize("<qbh"))
print(struct.pack("<f", 1.5).hex(), round(struct.unpack("<f", struct.pack("<f", 0.1))[0], 9), struct.pack("2s3x", b"hi"))
vals = list(struct.iter_unpack("<H", bytes(range(8))))
print(vals)
try:
    struct.pack("<B", 300)
except struct.error as e:
    print("struct.error:", e)
memo = memoryview(blob)
print(bytes(memo[4:6]), int.from_bytes(memo[6:10], "little"), memo.nbytes)
