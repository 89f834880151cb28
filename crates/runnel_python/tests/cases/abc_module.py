import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0

    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side + super().area()

    def name(self):
        return "square"


class Half(Shape):
    def name(self):
        return "half"


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def size(self):
        pass

    @staticmethod
    @abstractmethod
    def make():
        pass


class Impl(Base):
    size = 3

    @staticmethod
    def make():
        return Impl()


class Plain:
    @abstractmethod
    def f(self):
        return "plain"


print(Square(3).describe(), isinstance(Square(2), Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
print(sorted(Square.__abstractmethods__), sorted(Base.__abstractmethods__))
print(Impl.make().size, Plain().f())
print(abc.ABC, ABCMeta)
for cls in [Shape, Half, Base]:
    try:
        cls()
    except TypeError as e:
        print(e)
Half()
