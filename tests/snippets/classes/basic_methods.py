class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.describe())
print(d.birthday().birthday().describe())
print(Dog.species, d.species, type(d).__name__, type(d) is Dog)
print(Dog.describe(d))
print(sorted(vars(d).items()))
