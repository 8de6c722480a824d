class Base:
    def run(self):
        return self.step()
    def step(self):
        raise NotImplementedError("subclasses must implement step")
class Good(Base):
    def step(self):
        return "good step"
print(Good().run())
print(Base().run())
