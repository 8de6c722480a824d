from abc import ABC, abstractmethod

class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    pass

class Item(ABC):
    _next_id = 1

    def __init__(self, title, year):
        self.title = title
        self.year = year
        self.id = Item._next_id
        Item._next_id += 1
        self.borrower = None

    loan_days = 14

    @abstractmethod
    def describe(self):
        ...

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.title!r}>"

class Book(Item):
    loan_days = 21

    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author = author
        self.pages = pages

    def describe(self):
        return f"{self.title} by {self.author} ({self.year}), {self.pages} pages"

class DVD(Item):
    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes

    @property
    def loan_days(self):
        return 3 if self.year > 2015 else 7

    def describe(self):
        h, m = divmod(self.minutes, 60)
        return f"{self.title} ({self.year}) {h}h{m:02d}m"

class ReferenceBook(Book):
    loan_days = 0

    def describe(self):
        return "[REF] " + super().describe()

class Library:
    def __init__(self):
        self.items = {}

    def add(self, item):
        self.items[item.id] = item
        return item

    def checkout(self, item_id, who):
        item = self.items[item_id]
        if item.loan_days == 0:
            raise NotAvailable(f"{item.title!r} is reference only")
        if item.borrower:
            raise NotAvailable(f"{item.title!r} already borrowed by {item.borrower}")
        item.borrower = who
        return item.loan_days

    def by_borrower(self):
        out = {}
        for it in self.items.values():
            if it.borrower:
                out.setdefault(it.borrower, []).append(it.title)
        return dict(sorted(out.items()))

try:
    Item("x", 1)
except TypeError as e:
    print("TypeError:", e)

class Incomplete(Item):
    loan_days = 1
try:
    Incomplete("y", 2)
except TypeError as e:
    print("TypeError:", e)

lib = Library()
lib.add(Book("Dune", 1965, "Herbert", 412))
lib.add(DVD("Arrival", 2016, 116))
lib.add(DVD("Alien", 1979, 117))
lib.add(ReferenceBook("Oxford Dictionary", 1989, "Various", 21728))
lib.add(Book("Neuromancer", 1984, "Gibson", 271))

for item in sorted(lib.items.values()):
    print(f"{item.id:>2} {type(item).__name__:<13} {item.describe()}")

for iid, who in [(1, "ann"), (2, "ben"), (1, "cy"), (4, "ann"), (3, "ann"), (5, "ben")]:
    try:
        days = lib.checkout(iid, who)
        print(f"{who} borrows #{iid} for {days} days")
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")
print(lib.by_borrower())
print(issubclass(ReferenceBook, Item), isinstance(lib.items[2], Book), ReferenceBook.__mro__[1].__name__)
print(sorted(Item.__abstractmethods__), Book.__abstractmethods__ == frozenset())
