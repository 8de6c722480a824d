from enum import Enum

class State(Enum):
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT_OF_SERVICE = "out_of_service"

class VendingError(Exception):
    pass

COINS = {"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}

class Machine:
    def __init__(self, products):
        self.products = {code: list(p) for code, p in products.items()}
        self.state = State.IDLE
        self.credit = 0
        self.bank = 0
        self.events = []

    def _transition(self, new):
        self.events.append(f"{self.state.value}->{new.value}")
        self.state = new

    def insert(self, coin):
        if self.state is State.OUT_OF_SERVICE:
            raise VendingError("machine out of service")
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin!r}")
        self.credit += COINS[coin]
        if self.state is State.IDLE:
            self._transition(State.HAS_MONEY)

    def select(self, code):
        match self.state, self.products.get(code):
            case State.IDLE, _:
                raise VendingError("insert money first")
            case _, None:
                raise VendingError(f"no product {code}")
            case _, [name, price, 0]:
                raise VendingError(f"{name} sold out")
            case _, [name, price, stock] if price > self.credit:
                raise VendingError(f"{name} costs {price}c, credit {self.credit}c")
            case State.HAS_MONEY, [name, price, stock]:
                self._transition(State.VENDING)
                self.products[code][2] -= 1
                self.credit -= price
                self.bank += price
                change = self.make_change(self.credit)
                self.credit = 0
                self._transition(State.IDLE)
                if not any(p[2] for p in self.products.values()):
                    self._transition(State.OUT_OF_SERVICE)
                return name, change

    @staticmethod
    def make_change(amount):
        out = {}
        for coin, value in sorted(COINS.items(), key=lambda kv: -kv[1]):
            n, amount = divmod(amount, value)
            if n:
                out[coin] = n
        return out

    def refund(self):
        change, self.credit = self.make_change(self.credit), 0
        if self.state is State.HAS_MONEY:
            self._transition(State.IDLE)
        return change

m = Machine({"A1": ("chips", 65, 2), "A2": ("candy", 85, 1), "B1": ("water", 100, 0)})
script = [("select", "A1"), ("insert", "quarter"), ("insert", "quarter"), ("select", "A1"),
          ("insert", "dime"), ("insert", "dime"), ("select", "A1"), ("insert", "button"),
          ("insert", "dollar"), ("select", "B1"), ("select", "C9"), ("select", "A2"),
          ("insert", "dollar"), ("insert", "nickel"), ("refund", None), ("insert", "dollar"),
          ("select", "A1"), ("insert", "dime")]
for action, arg in script:
    try:
        result = m.refund() if action == "refund" else getattr(m, action)(arg)
        print(f"{action:>6} {arg or '':<8} ok   {result!r}  [{m.state.name}, credit={m.credit}]")
    except VendingError as e:
        print(f"{action:>6} {arg or '':<8} FAIL {e}  [{m.state.name}]")
print("bank", m.bank, "stock", {k: v[2] for k, v in m.products.items()})
print(m.events)
print(State("idle") is State.IDLE, [s.name for s in State], State.VENDING.value)
