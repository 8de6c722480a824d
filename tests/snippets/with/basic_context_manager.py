class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
with Managed("a") as m:
    print("inside", m.name)
print("after")
with Managed("no-as"):
    print("body")
