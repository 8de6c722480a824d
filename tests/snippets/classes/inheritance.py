class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"{self.name} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("generic"), Cat("tom"), Lion("leo")]:
    print(a.intro())
print(Lion.__bases__, Lion.__base__, Cat.__mro__)
print(isinstance(Lion("x"), Animal), issubclass(Lion, Cat), issubclass(Animal, Cat))
