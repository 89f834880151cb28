def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.replace(b"l", b"L", 2))
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("48 65 6c"), b[0], b[-1:], b[::-1], list(b[:3]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray(b"ab"), bytearray(2), bytes(range(3)))
t(lambda: bytes([256]))
t(lambda: bytes("x"))
t(lambda: bytes.fromhex("4"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba.insert(1, 66); del ba[2]
print(ba, ba.pop(), ba, ba.decode(), len(ba), bytes(ba), ba * 2, ba + b"!", b"x" in ba, 65 in ba)
print(repr(b"\x00\x7f\x80\xff'\""), repr(b"it's"), repr(bytearray(b"\n\t\\")), b"a" < b"b", b"abc" == bytearray(b"abc"))
print(b"  x ".strip(), b"a,b".partition(b","), b"abc".startswith(b"ab"), b"ab".center(6, b"*"), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"%d-%s-%5.1f" % (1, b"x", 2.25), b"%x" % 255, b"abc".title(), b"ab cd".split(), b"AbC".swapcase(), b"x".join([b"a", b"b"]))
t(lambda: b"%s" % "str")
t(lambda: b"a" + "b")
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"abc".islower(), b"ABC".isupper())
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "big", signed=True), bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy"), b"c"))
print(b"ab"[0:1] * 3, sorted(b"cab"), max(b"abc"), sum(b"ab"))
print(b"a-b-c".rsplit(b"-", 1), b"abcabc".index(b"c"), b"abc".endswith((b"x", b"c")), b"a\nb\r\nc".splitlines(), b"abc".removeprefix(b"a"))
print(bytearray(b"xyz").reverse() or "rev", bytearray(b"zyx").copy(), bytes.fromhex("ff").hex(), b"\xe2\x82\xac".decode("utf-8"), b"caf\xc3\xa9".decode("latin-1"))
