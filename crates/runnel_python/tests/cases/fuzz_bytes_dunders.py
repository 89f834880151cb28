# The special methods of bytes/bytearray by name, fromhex through an instance, list.__iadd__ (found by tools/fuzz/py_gen.py).
print(b'abc'.__getitem__(-1), bytearray(b'xyz').__getitem__(0), b'Hello'.__len__(), bytearray(b'').__len__(), b'ab'.__contains__(97), b'ab'.__add__(b'c'), b'ab'.__mul__(2), b'a'.__eq__(b'a'), b'a'.__eq__('a'))
try: b''.__getitem__(0)
except Exception as e: print(type(e).__name__, e)
print(b'abc'.fromhex('41 42'), bytearray(b'xyz').fromhex('41 42'), bytearray.fromhex('ff00'), bytes.fromhex('0a'))
l = [1]
print(l.__iadd__((2, 3)), l, l.__iadd__('ab') is l)
ba = bytearray(b'abc'); ba.__setitem__(0, 65); print(ba)
