# dataclasses as programs use them: properties, classmethod constructors, nested, ClassVar,
# slots, own __eq__/__repr__, frozen arithmetic, heapq ordering, __init__ argument errors.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
import dataclasses
from typing import List, Optional, ClassVar


@dataclass
class Address:
    city: str
    zip: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Optional[Address] = None
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

    @property
    def adult(self):
        return self.age >= 18

    @classmethod
    def parse(cls, s):
        n, a = s.split(",")
        return cls(n.strip(), int(a))

    def greet(self):
        return f"Hi {self.name}"


p = Person.parse("Ana, 31")
print(p, p.adult, p.greet(), Person.count, [f.name for f in fields(Person)])
p2 = Person("Bo", 12, Address("Rome"), ["x"])
print(p2, asdict(p2), astuple(p2))
print(sorted([p, p2], key=lambda x: x.age), p == Person("Ana", 31), p != p2)
print(is_dataclass(p), dataclasses.asdict(Address("X")), replace(p2, age=13).age)


@dataclass(slots=True)
class Pt:
    x: int
    y: int


q = Pt(1, 2)
try:
    q.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(q, q.x)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"

    def __eq__(self, other):
        return isinstance(other, Custom) and abs(self.a - other.a) < 2


print(Custom(1), Custom(1) == Custom(2), Custom(1) == Custom(5), Custom.__hash__)


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)


total = sum([Money(1), Money(2)], Money(0))
print(total, {Money(1): "one"}.get(Money(1, "EUR")), Money(5) in {Money(5)})


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)

    def add(self, k, n=1):
        self.items[k] = self.items.get(k, 0) + n


inv = Inventory()
inv.add("a")
inv.add("a", 2)
print(inv, Inventory(), Inventory() == Inventory({}))


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


import heapq
h = []
for t in [Task(3, "c"), Task(1, "a"), Task(2, "b")]:
    heapq.heappush(h, t)
print([heapq.heappop(h).name for _ in range(3)])
print(repr(Person.__dataclass_fields__["age"].type), Person.__match_args__)
try:
    Person("x")
except TypeError as e:
    print(e)
try:
    Person("x", 1, None, [], 5)
except TypeError as e:
    print(e)
try:
    Person(name="x", age=1, nick="y")
except TypeError as e:
    print(e)
try:
    Person("x", 2, name="y")
except TypeError as e:
    print(e)
