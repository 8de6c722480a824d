class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []
    def __enter__(self):
        self.events.append("start " + self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.events.append("stop " + self.label + (" with " + exc_type.__name__ if exc_type else ""))
        return exc_type is KeyError
t = Timer("job")
with t:
    pass
with t:
    raise KeyError
print(t.events)
