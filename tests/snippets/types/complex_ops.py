z = complex(3, -4)
w = 1 + 2j
print(z, w, z + w, z - w, z * w, z / w, -z, abs(z), z.conjugate())
print(z.real, z.imag, type(z.real).__name__, z == complex(3, -4), z != w)
print(w ** 2, w ** 0, 2 ** w, 1j ** 2, (1 + 1j) ** 0.5)
print(complex("1.5-2.5j"), complex("j"), complex(" 3 "), complex(1.5), complex(1j, 1j))
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-20)), repr(1 + 0j), repr(-1j))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, 0) // 2
except TypeError as e:
    print("TypeError:", e)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-12)
