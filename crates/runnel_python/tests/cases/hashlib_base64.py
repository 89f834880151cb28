import hashlib
import base64
import zlib

# Hashing ids as in a stream job.
for user in ["ana", "bob@example.com", "Ñandú", ""]:
    print(user, hashlib.md5(user.encode()).hexdigest(), hashlib.sha1(user.encode("utf-8")).hexdigest()[:10])
    print(hashlib.sha256(user.encode()).hexdigest())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"spark streaming")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(getattr(hashlib, name)(b"spark streaming").digest() == h.digest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest())
print(hashlib.sha256(b"hello world").hexdigest() == h.hexdigest())
print(hashlib.md5(bytearray(b"abc")).digest())
print(hashlib.new("SHA256", data=b"x").hexdigest())
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(int(hashlib.md5(b"key").hexdigest(), 16) % 10)
big = b"a" * 100000
print(hashlib.sha512(big).hexdigest()[:32])
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512"}))

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "años".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b16encode(data))
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="))
print(base64.b64decode(b"Zm9vYg==="), base64.b64decode(b"Zm9v!!YmE="))
print(base64.b64encode(b"\xff\xfe\xfd", altchars=b"-_"), base64.b64decode(b"__79", altchars=b"-_"))
print(base64.urlsafe_b64decode("-_79"), base64.standard_b64encode(b"\xfb\xff"), base64.standard_b64decode(b"+/8="))
print(base64.b64encode("hola".encode()).decode("ascii"))
print(base64.encodebytes(b"x" * 60))
print(base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.b16decode("666F6F"), base64.b16decode(b"666f6f", casefold=True))
print(base64.b64decode("YQ", validate=False) if False else "skip")

print(zlib.crc32(b"hello world"), zlib.crc32(b""), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.adler32(b"hello world"), zlib.adler32(b""), zlib.adler32(b"world", zlib.adler32(b"hello ")))
print(zlib.crc32("ñ".encode()) & 0xffffffff, zlib.crc32(b"abc", -1))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: hashlib.md5("text"))
err(lambda: hashlib.sha1(5))
err(lambda: hashlib.new("nope"))
err(lambda: hashlib.sha256().update("x"))
err(lambda: base64.b64encode("text"))
err(lambda: base64.b64decode("Zm9vY"))
err(lambda: base64.b64decode("Zm9vYmE"))
err(lambda: base64.b64decode("Zm9v!YmFy", validate=True))
err(lambda: base64.b64decode("ñ"))
err(lambda: base64.b64decode("=Zm9v", validate=True))
err(lambda: base64.b64decode("Zm9vYg==Zg==", validate=True))
err(lambda: base64.b64decode("Zm9vY=g=", validate=True))
print(base64.b64decode("Zm9vYg==", validate=True), base64.b64decode("Zm9vYg==Zg=="))
err(lambda: base64.b16decode("ABC"))
err(lambda: base64.b16decode("zz"))
err(lambda: base64.b16decode("ab"))
err(lambda: zlib.crc32("text"))
try:
    base64.b64decode("a")
except ValueError as e:
    print("ValueError caught:", e)
