# bytes and bytearray basics: literals, repr, decode/encode, indexing, len, iteration.
b = b"hello\n\x00\xff'"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], list(b[:3]), type(b).__name__)
print(b'say "hi"', b"it's", b'both \' and "', b"", bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"))
print("héllo wörld".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "ü".encode("ascii", "replace"), "ü".encode("ascii", "ignore"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xe9t\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"))
print(b == b"hello\n\x00\xff'", b"a" < b"b", b"abc" + b"def", b"ab" * 3, b"ell" in b, 104 in b, 7 in b)
print(hash(b"abc") == hash("abc"), hash(b"\xff\x00"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
for c in b"hi":
    print(c, chr(c))
print([x for x in b"AZ"], sum(b"\x01\x02"), max(b"azb"), sorted(b"cab"))
print(b"  Mixed Case  ".strip().lower(), b"A,B,,C".split(b","), b"a b  c".split(), b"xyz".upper(), b"abc".hex())
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"banana".count(b"a"), b"banana".find(b"na"), b"banana".find(b"x"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], ba == b"Abcdef", bytes(ba), bytearray(2), bytearray("hé", "utf-8"), type(ba).__name__)
print(isinstance(b, bytes), isinstance(ba, bytearray), isinstance(b, str), isinstance(ba, bytes), str(b"x"))
print(ba.decode(), bytearray([1, 2]) + b"\x03", b"\x00" + bytearray(b"\x01"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b[100]
except IndexError as e:
    print("IndexError", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
