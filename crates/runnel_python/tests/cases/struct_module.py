import struct

for fmt in ["i", "<i", ">i", "!i", "=i", "@i", "h", "<hhl", "@hhl", ">hhl", "<q", "Q", "?", "c", "5s", "5p", "bB", "hi", "ih", "@ci", "<ci", "d", "<f", "3i", "2h3x", "l", "<l", "n", "N", "P", "x", "", "i 2h", "10s2i"]:
    print(repr(fmt), struct.calcsize(fmt))

print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("<h", -2), struct.pack(">H", 65535))
print(struct.pack("<q", -1), struct.pack(">Q", 2**64 - 1), struct.pack("<l", -7), struct.pack("@l", 7))
print(struct.pack("@hi", 1, 2), struct.pack("<hi", 1, 2), struct.pack("?", 5), struct.pack("?", 0))
print(struct.pack("c", b"x"), struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("4p", b"abcdef"), struct.pack("4p", b"a"))
print(struct.pack("<d", 1.5), struct.pack(">f", -0.1), struct.pack("<f", 3), struct.pack("d", True))
print(struct.pack("!I", 3232235777), struct.pack("2h3x", 1, 2), struct.pack("<bB", -128, 255))

print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">i", b"\xff\xff\xff\xfe"))
print(struct.unpack("<hhl", struct.pack("<hhl", 1, 2, 3)), struct.unpack("@hhl", struct.pack("@hhl", -1, -2, -3)))
print(struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8), struct.unpack(">d", struct.pack(">d", 2.75)))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("?c3s", b"\x02xabc"), struct.unpack("5p", b"\x03abcd"))
print(struct.unpack("!4B", bytes([192, 168, 1, 1])), struct.unpack("2h3x", b"\x01\x00\x02\x00\x00\x00\x00"))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", 2), struct.unpack_from("<h", b"\x05\x00"), struct.unpack_from("<h", b"abcdef", offset=-2))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct("<ih")
print(type(s).__name__, s.format, s.size, s.pack(7, -1), s.unpack(b"\x07\x00\x00\x00\xff\xff"), s.unpack_from(b"xx" + s.pack(1, 2), 2))
print(struct.unpack(b"<i", bytearray(b"\x02\x00\x00\x00")))
ip = "10.0.0.255"
packed = struct.pack("!4B", *map(int, ip.split(".")))
print(packed, struct.unpack("!I", packed)[0])
print(struct.pack("<i", 2**31 - 1), struct.pack("<I", 0))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: struct.pack("<i", 2**31))
err(lambda: struct.pack("i", -2**31 - 1))
err(lambda: struct.pack("<I", -1))
err(lambda: struct.pack("<I", 2**32))
err(lambda: struct.pack("<H", -1))
err(lambda: struct.pack("N", -1))
err(lambda: struct.pack("b", 200))
err(lambda: struct.pack("B", -1))
err(lambda: struct.pack("h", 40000))
err(lambda: struct.pack("H", 70000))
err(lambda: struct.pack("<q", 2**63))
err(lambda: struct.pack("Q", -1))
err(lambda: struct.pack("<l", 2**31))
err(lambda: struct.pack("i", 1.5))
err(lambda: struct.pack("i", "1"))
err(lambda: struct.pack("d", "x"))
err(lambda: struct.pack("<f", 1e300))
err(lambda: struct.pack("c", b"ab"))
err(lambda: struct.pack("c", "a"))
err(lambda: struct.pack("s", "a"))
err(lambda: struct.pack("ii", 1))
err(lambda: struct.pack("i", 1, 2))
err(lambda: struct.pack("z", 1))
err(lambda: struct.calcsize("<n"))
err(lambda: struct.unpack("<i", b"\x00"))
err(lambda: struct.unpack("<i", "abcd"))
err(lambda: struct.unpack_from("<i", b"\x00\x00", 1))
err(lambda: list(struct.iter_unpack("<h", b"\x00")))
err(lambda: struct.Struct(5))
print(struct.calcsize("1000000000x"), struct.calcsize("100000s"))
try:
    struct.unpack("i", b"")
except struct.error as e:
    print("struct.error:", e)
