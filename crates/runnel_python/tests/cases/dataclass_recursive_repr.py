# A dataclass met again inside its own repr prints as ... (reprlib.recursive_repr).
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Node:
    name: str
    parent: Optional["Node"] = None
    children: list = field(default_factory=list)


root = Node("root")
kid = Node("kid", root)
root.children.append(kid)
print(kid)
print(root)
print([root])
