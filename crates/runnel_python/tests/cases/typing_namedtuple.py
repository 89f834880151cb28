# typing.NamedTuple classes: annotated fields, defaults, docstrings, records as tuples.
from typing import NamedTuple, List


class Pt(NamedTuple):
    x: int
    y: int = 0


class Rec(NamedTuple):
    """A record."""
    name: str
    tags: List[str]
    score: float = 0.5


p = Pt(1)
print(p, Pt(1, 2)._asdict(), Pt._fields, p == (1, 0), p.x + p.y, Pt._field_defaults, p._replace(y=5))
r = Rec("a", ["t"])
print(r, r.score, sorted([Rec("b", [], 1.0), Rec("a", [], 2.0)]), r[0], len(r), list(r))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
