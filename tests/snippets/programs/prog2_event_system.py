from collections import defaultdict
from functools import wraps

class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.history = []

    def on(self, event, *, priority=0, once=False):
        def decorator(fn):
            self.handlers[event].append((priority, len(self.handlers[event]), fn, once))
            self.handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return fn
        return decorator

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        keep = []
        for entry in self.handlers.get(event, []):
            prio, seq, fn, once = entry
            try:
                results.append(fn(**payload))
            except StopPropagation as sp:
                results.append(f"stopped by {fn.__name__}: {sp}")
                if not once:
                    keep.append(entry)
                keep.extend(self.handlers[event][len(results):])
                break
            if not once:
                keep.append(entry)
        self.handlers[event] = keep
        return results

class StopPropagation(Exception):
    pass

def logged(prefix):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            args_s = ", ".join(f"{k}={v!r}" for k, v in sorted(kwargs.items()))
            result = fn(*args, **kwargs)
            print(f"  {prefix}{fn.__name__}({args_s}) -> {result!r}")
            return result
        wrapper.calls = 0
        return wrapper
    return deco

def counted(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

bus = EventBus()

@bus.on("login", priority=10)
@logged("[auth] ")
def check_user(user, **_):
    return user.isalpha()

@bus.on("login")
@counted
def greet(user, **_):
    return f"welcome {user}"

@bus.on("login", priority=5, once=True)
def first_login_bonus(user, **_):
    return f"bonus for {user}"

@bus.on("purchase", priority=1)
def audit(item, amount, **_):
    if amount > 100:
        raise StopPropagation(f"{item} needs approval")
    return f"audited {item}"

@bus.on("purchase")
def ship(item, amount, **_):
    return f"shipping {item} (${amount:.2f})"

print(bus.emit("login", user="ann"))
print(bus.emit("login", user="bob42"))
print(bus.emit("purchase", item="book", amount=12.5))
print(bus.emit("purchase", item="tv", amount=999))
print(bus.emit("purchase", item="pen", amount=1))
print(bus.emit("logout", user="ann"))
print(greet.calls, greet.__name__, check_user.__name__, check_user.__wrapped__.__name__)
print(bus.history)
print({e: [h[2].__name__ for h in hs] for e, hs in sorted(bus.handlers.items())})
