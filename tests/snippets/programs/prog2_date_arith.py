from functools import total_ordering

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]

class InvalidDate(ValueError):
    pass

@total_ordering
class Date:
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise InvalidDate(f"month {m} out of range")
        if not 1 <= d <= days_in_month(y, m):
            raise InvalidDate(f"day {d} out of range for {NAMES[m - 1]} {y}")
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, s):
        try:
            y, m, d = map(int, s.split("-"))
        except ValueError:
            raise InvalidDate(f"bad format {s!r}") from None
        return cls(y, m, d)

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(days_in_month(self.y, k) for k in range(1, self.m))
        return days + self.d

    @classmethod
    def from_ordinal(cls, n):
        y = (n - 1) * 400 // 146097 + 1
        while cls(y, 1, 1).ordinal() > n:
            y -= 1
        while cls(y + 1, 1, 1).ordinal() <= n:
            y += 1
        n -= cls(y, 1, 1).ordinal() - 1
        m = 1
        while n > days_in_month(y, m):
            n -= days_in_month(y, m)
            m += 1
        return cls(y, m, n)

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + -other

    def __eq__(self, o):
        return (self.y, self.m, self.d) == (o.y, o.m, o.d)

    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)

    def __hash__(self):
        return hash((self.y, self.m, self.d))

    @property
    def weekday(self):
        return WEEKDAYS[(self.ordinal() - 1) % 7]

    def add_months(self, k):
        total = self.y * 12 + self.m - 1 + k
        y, m = divmod(total, 12)
        return Date(y, m + 1, min(self.d, days_in_month(y, m + 1)))

    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return (spec.replace("%Y", f"{self.y:04d}").replace("%m", f"{self.m:02d}")
                .replace("%d", f"{self.d:02d}").replace("%b", NAMES[self.m - 1]).replace("%a", self.weekday))

def calendar(y, m):
    first = Date(y, m, 1)
    lines = [f"{NAMES[m - 1]} {y}".center(20), " ".join(w[:2] for w in WEEKDAYS)]
    cells = ["  "] * WEEKDAYS.index(first.weekday) + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)

d = Date(2024, 2, 28)
print(d, d + 1, d + 2, d + 366, d - 59, repr(d + 10))
print(f"{d:%a %d %b %Y}", Date(2000, 1, 1).weekday, Date(1970, 1, 1).weekday, Date(2024, 12, 25).weekday)
print(Date(2024, 12, 25) - Date(2024, 1, 1), Date(2000, 3, 1) - Date(1900, 3, 1))
print([str(Date(2024, 1, 31).add_months(k)) for k in range(0, 14, 3)], Date(2023, 3, 31).add_months(-1))
print(sorted([Date(2023, 5, 1), Date(2021, 12, 31), Date(2023, 1, 15)]), max(Date(1, 1, 1), Date(9999, 12, 31)))
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
assert all(Date.from_ordinal(n).ordinal() == n for n in range(700000, 740000, 37))
for s in ["2023-02-29", "2024-13-01", "2024/01/01", "2024-02-29"]:
    try:
        print(s, "->", repr(Date.parse(s)))
    except InvalidDate as e:
        print(s, "->", type(e).__name__, e)
print(calendar(2024, 2))
fridays13 = [f"{x:%b %Y}" for x in (Date(2026, m, 13) for m in range(1, 13)) if x.weekday == "Fri"]
print(fridays13, len({Date(2024, 1, 1) + k for k in range(0, 100, 7)}))
