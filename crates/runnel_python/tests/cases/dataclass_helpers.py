# dataclasses helpers: fields() Field objects, replace, asdict/astuple (nested, recursive),
# InitVar, kw_only and KW_ONLY, is_dataclass, MISSING.
import dataclasses
from dataclasses import dataclass, field, fields, replace, asdict, astuple, InitVar, KW_ONLY, MISSING, is_dataclass
from typing import List, Dict, Optional


@dataclass
class Item:
    name: str
    price: float = 1.5
    tags: list = field(default_factory=list)


@dataclass
class Order:
    id: int
    items: List[Item]
    meta: Dict[str, Item] = field(default_factory=dict)
    best: Optional[Item] = None
    pair: tuple = ()


o = Order(7, [Item("a"), Item("b", 2.0, ["x"])], {"k": Item("c")}, Item("d"), (Item("e"), 3))
print(asdict(o))
print(astuple(o))
print(asdict(Item("z")) == {"name": "z", "price": 1.5, "tags": []})
d = asdict(o)
d["items"][0]["tags"].append("mut")
print(o.items[0].tags, type(asdict(o)["pair"]).__name__)

for f in fields(Item):
    print(f.name, f.type, f.default if f.default is not MISSING else "-", f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash)
print([f.name for f in fields(o)], fields(Item)[2].default_factory is list, fields(Item)[0].default is MISSING)

i = Item("a", 2.0)
j = replace(i, price=3.0)
print(i, j, i is j, replace(i) == i, replace(i) is i)
try:
    replace(i, color=1)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
print(is_dataclass(Item), is_dataclass(i), is_dataclass(3), dataclasses.is_dataclass(Order))


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0

    def __post_init__(self, factor):
        self.value = self.value * factor


s = Scaled(3.0)
print(s, Scaled(1.0, 10.0), [f.name for f in fields(s)], asdict(s))
print(replace(s, value=2.0))
print(replace(s, value=1.0, factor=3.0))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3), Opts(level=1, verbose=True))
try:
    Opts(1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(Mixed(1, c=2), Mixed(a=1, b=3, c=4))
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Kf:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 0


print(Kf(1), Kf(1, 2), Kf(1, b=9))


@dataclass
class Tree:
    label: str
    children: list = field(default_factory=list)

    def add(self, t):
        self.children.append(t)
        return self


t = Tree("root").add(Tree("a").add(Tree("a1"))).add(Tree("b"))
print(t)
print(asdict(t))
print(astuple(t))
print(Tree("x") == Tree("x", []), Tree("x") == ("x", []))
print(repr(fields(Tree)[0]).startswith("Field(name='label',type=<class 'str'>"))


@dataclass
class NeedsInit:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.a *= scale


n = NeedsInit(2, 5)
print(n)
try:
    replace(n, a=1)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class BadOrder:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError", e)
