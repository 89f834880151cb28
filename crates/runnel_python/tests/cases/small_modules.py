from __future__ import print_function, division, annotations
from typing import List, Dict, Tuple, Optional, Iterable, Any, Union, Callable
import typing
import os
import os.path
from os.path import join, basename
import logging
import pprint
from pprint import pformat

print(List, List[int], Dict[str, int], Tuple[str, int], Optional[float], Union[int, str], Callable[[int], str])
print(typing.cast(int, "x"), typing.TYPE_CHECKING, typing.TypeVar("T"))
def total(xs: List[int]) -> int:
    return sum(xs)
print(total([1, 2, 3]))

print(os.path.join("data", "in", "file.txt"), join("/abs", "x"), join("a/", "b"), join("a", "/b", "c"))
print(basename("/tmp/x/file.tar.gz"), os.path.dirname("/tmp/x/file.tar.gz"), os.path.split("a/b/c"), os.path.split("/a"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.normpath("a//b/../c/./d"))
print(os.sep, os.path.isabs("/x"), os.getenv("NO_SUCH_VAR_HOPEFULLY", "dflt"))

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)
log.setLevel(logging.WARNING)
log.info("hidden %s", 1)
logging.warning("also on stderr only")
print(logging.INFO, logging.ERROR)

data = {"words": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"],
        "counts": {"z": 1, "a": 2, "m": 3}, "pairs": [(i, i * i) for i in range(12)], "s": {3, 1, 2},
        "text": "a long line of text " * 6, "nested": {"k": [{"x": 1, "y": [1, 2, 3] * 8}], "e": []}}
pprint.pprint(data)
pprint.pprint({"b": 1, "a": 2})
pprint.pprint(list(range(40)))
pprint.pprint([("word%d" % i, i) for i in range(10)], width=40)
print(pformat(data["counts"]), pformat((1,)), pformat(set()), pformat({"x": (1,)}, width=5))
pprint.pprint(data, indent=4, width=60)
pprint.pprint({"b": [1, 2], "a": {3, 4}}, sort_dicts=False)
print(pformat("short"), pformat(("tuple of one string " * 5,)))
