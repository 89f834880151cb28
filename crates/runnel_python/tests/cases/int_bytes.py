print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4))
print((0).to_bytes(), (255).to_bytes(1, "big"), (0).to_bytes(3, "little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((127).to_bytes(1, "big", signed=True), (2**70).to_bytes(10, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff"))
print(int.from_bytes([1, 2, 3], byteorder="big"), int.from_bytes(b""), int.from_bytes(b"", signed=True))
print(int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
n = 2**100 + 12345
print(int.from_bytes(n.to_bytes(13, "little"), "little") == n)
print(int.from_bytes((-n).to_bytes(14, "big", signed=True), "big", signed=True) == -n)
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad\tbe ef "), bytes.fromhex(""))
print(b"\xde\xad\xbe\xef".hex(), b"".hex(), bytes.fromhex("00ff10").hex())
print(b"\xde\xad\xbe\xef\x01".hex(":"), b"\xde\xad\xbe\xef\x01".hex("-", 2))
print(b"\xde\xad\xbe\xef\x01".hex("-", -2), b"\xde\xad\xbe\xef\x01".hex(b" ", 3))
print(bytearray(b"\x01\x02").hex(","))
bad = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: bytes.fromhex("abc"),
    lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex("a b"),
    lambda: b"ab".hex("--"),
    lambda: (0).to_bytes(0),
]
for f in bad:
    try:
        print(repr(f()))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
