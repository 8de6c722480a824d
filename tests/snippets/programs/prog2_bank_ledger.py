class LedgerError(Exception):
    pass

class OverdraftError(LedgerError):
    def __init__(self, account, amount, balance):
        super().__init__(f"{account}: cannot withdraw {amount:.2f}, balance {balance:.2f}")
        self.account = account
        self.shortfall = amount - balance

class UnknownAccount(LedgerError):
    pass

class Account:
    def __init__(self, name, balance=0.0, limit=0.0):
        self.name = name
        self.balance = balance
        self.limit = limit
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise OverdraftError(self.name, amount, self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance:.2f})"

class Ledger:
    def __init__(self):
        self.accounts = {}

    def open(self, name, **kw):
        self.accounts[name] = Account(name, **kw)
        return self.accounts[name]

    def __getitem__(self, name):
        try:
            return self.accounts[name]
        except KeyError:
            raise UnknownAccount(name) from None

    def transfer(self, src, dst, amount):
        a, b = self[src], self[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise

ledger = Ledger()
ledger.open("alice", balance=100.0)
ledger.open("bob", balance=20.0, limit=50.0)
ledger.open("carol")

ops = [("alice", "bob", 30), ("bob", "carol", 90), ("bob", "carol", 10),
       ("carol", "dave", 5), ("alice", "carol", -3), ("carol", "alice", 200)]
for src, dst, amt in ops:
    try:
        ledger.transfer(src, dst, amt)
        print(f"ok   {src:>6} -> {dst:<6} {amt:8.2f}")
    except OverdraftError as e:
        print(f"fail {e} (short {e.shortfall:.2f})")
    except UnknownAccount as e:
        print(f"fail unknown account {e.args[0]!r}, isinstance LedgerError={isinstance(e, LedgerError)}")
    except ValueError as e:
        print(f"fail {e}")

for acct in sorted(ledger.accounts.values(), key=lambda a: -a.balance):
    print(acct, acct.history)
total = sum(a.balance for a in ledger.accounts.values())
print(f"total={total:,.2f}")
ledger["zed"]
