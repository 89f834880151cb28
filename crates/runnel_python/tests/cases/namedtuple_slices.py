# Slicing a namedtuple gives a plain tuple; sys.version_info is a named tuple.
import sys
from collections import namedtuple

P = namedtuple("P", "a b c d")
p = P(1, 2, 3, 4)
print(p[:2], p[1:], p[::-1], p[::2], p[-3:-1], type(p[:2]).__name__, p[10:])
print(sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 8), sys.version_info.major == 3, len(sys.version_info))
