# Classes: __init__, methods, class attributes, inheritance, super(), repr/str.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add(self, trick):
        self.tricks.append(trick)
        return self

    def speak(self):
        return super().speak() + "!"

    def __str__(self):
        return "Dog " + self.name


a = Animal("cat", "meow")
d = Dog("rex").add("sit").add("roll")
print(a.speak(), d.speak())
print(repr(a), repr(d), str(d), d)
print([a, d])
print(Animal.kind, Dog.kind, d.kind, Animal.count, d.count)
print(d.tricks, d.__class__.__name__, type(d).__name__, type(d) is Dog)
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(a, Dog), isinstance(d, (int, Dog)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, object), isinstance(d, object))
print(d.__dict__)
print(Dog.__bases__, Dog.__name__, Dog)
f = d.speak
print(f())
print(hasattr(d, "name"), hasattr(d, "nope"), getattr(d, "sound"), getattr(d, "x", 5))
d.extra = 1
print(d.extra)


class Plain:
    pass


p = Plain()
p.x = 3
print(p.x, type(p).__name__, isinstance(p, Plain))


class Counter:
    total = 0

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def make(cls, n):
        c = cls()
        c.n = n
        return c

    @property
    def twice(self):
        return self.n * 2

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = v * 10


c = Counter.make(4)
print(Counter.double(5), c.double(6), c.n, c.twice, type(c).__name__)
c.value = 3
print(c.value)
try:
    c.twice = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Dog()
except TypeError as e:
    print("TypeError", e)


def make_class(base):
    class Local(base):
        def __init__(self, v):
            super().__init__("local")
            self.v = v

        def get(self):
            return (self.v, base.kind)
    return Local


L = make_class(Animal)
print(L(7).get(), L(7).speak())
