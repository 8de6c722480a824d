from enum import Enum, IntEnum, auto

class Dimension(Enum):
    LENGTH = auto()
    MASS = auto()
    TEMPERATURE = auto()

class Unit(Enum):
    METER = ("m", Dimension.LENGTH, 1.0)
    KILOMETER = ("km", Dimension.LENGTH, 1000.0)
    INCH = ("in", Dimension.LENGTH, 0.0254)
    FOOT = ("ft", Dimension.LENGTH, 0.3048)
    MILE = ("mi", Dimension.LENGTH, 1609.344)
    GRAM = ("g", Dimension.MASS, 0.001)
    KILOGRAM = ("kg", Dimension.MASS, 1.0)
    POUND = ("lb", Dimension.MASS, 0.45359237)
    CELSIUS = ("C", Dimension.TEMPERATURE, None)
    FAHRENHEIT = ("F", Dimension.TEMPERATURE, None)
    KELVIN = ("K", Dimension.TEMPERATURE, None)

    def __init__(self, symbol, dim, factor):
        self.symbol = symbol
        self.dim = dim
        self.factor = factor

    @classmethod
    def parse(cls, sym):
        for u in cls:
            if u.symbol == sym:
                return u
        raise ValueError(f"unknown unit {sym!r}")

class Precision(IntEnum):
    LOW = 1
    MID = 3
    HIGH = 6

class ConversionError(Exception):
    pass

def to_kelvin(v, u):
    match u:
        case Unit.CELSIUS:
            return v + 273.15
        case Unit.FAHRENHEIT:
            return (v - 32) * 5 / 9 + 273.15
        case Unit.KELVIN:
            return v

def from_kelvin(k, u):
    match u:
        case Unit.CELSIUS:
            return k - 273.15
        case Unit.FAHRENHEIT:
            return (k - 273.15) * 9 / 5 + 32
        case Unit.KELVIN:
            return k

def convert(value, src, dst):
    if src.dim is not dst.dim:
        raise ConversionError(f"cannot convert {src.dim.name.lower()} to {dst.dim.name.lower()}")
    if src.dim is Dimension.TEMPERATURE:
        return from_kelvin(to_kelvin(value, src), dst)
    return value * src.factor / dst.factor

queries = ["10 km mi", "6 ft m", "12 in ft", "150 lb kg", "100 C F", "-40 F C", "0 K C",
           "5 kg m", "3 parsec m", "1 mi in"]
for q in queries:
    v, s, d = q.split()
    try:
        src, dst = Unit.parse(s), Unit.parse(d)
        r = convert(float(v), src, dst)
        prec = Precision.HIGH if abs(r) < 1 else Precision.MID if abs(r) < 1000 else Precision.LOW
        print(f"{float(v):>8g} {src.symbol:<2} = {r:>14.{prec}f} {dst.symbol:<2} [{prec.name}]")
    except (ValueError, ConversionError) as e:
        print(f"{q!r:>14}: {type(e).__name__}: {e}")

print([u.name for u in Unit if u.dim is Dimension.MASS])
print(Precision.MID + 1, Precision(6), Precision.LOW < Precision.HIGH, max(Precision).name)
print(Unit["FOOT"].factor, Unit.FOOT in Unit, len(Unit), Dimension(2))
groups = {}
for u in Unit:
    groups.setdefault(u.dim.name, []).append(u.symbol)
print(groups)
