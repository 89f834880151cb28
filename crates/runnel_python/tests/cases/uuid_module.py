import uuid

u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(u, repr(u), u.hex, u.version, u.variant, u.urn)
print(u.int, u.bytes)
v = uuid.uuid3(uuid.NAMESPACE_URL, "https://spark.apache.org/")
print(v, v.version, str(v) == f"{v}", len(str(v)))
for name in ["ana", "bob", "Ñandú"]:
    print(name, uuid.uuid5(uuid.NAMESPACE_OID, name), uuid.uuid3(uuid.NAMESPACE_X500, name))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
w = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(w, w.version, w.variant, w.int)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == w, w != v, w < u, sorted([u, v, w])[0])
print(uuid.UUID(bytes=w.bytes) == w, uuid.UUID(int=w.int) == w, uuid.UUID(hex=w.hex))
print(uuid.UUID(int=1), uuid.UUID(int=0, version=4), uuid.UUID(bytes_le=bytes(range(16))))
print(hash(w) == hash(uuid.UUID(str(w))), {w: 1}[uuid.UUID(str(w))], hash(uuid.UUID(int=5)))
r = uuid.uuid4()
print(r.version, r.variant, len(r.hex), r != uuid.uuid4(), type(r).__name__)
print(uuid.RFC_4122, uuid.RESERVED_NCS)
print(str(uuid.UUID("00000000-0000-0000-0000-000000000000")), uuid.UUID(int=2**128 - 1).variant)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: uuid.UUID("xyz"))
err(lambda: uuid.UUID("12345678-1234-5678-1234-56781234567"))
err(lambda: uuid.UUID())
err(lambda: uuid.UUID(bytes=b"short"))
err(lambda: uuid.UUID(int=-1))
err(lambda: uuid.UUID(int=2**128))
err(lambda: uuid.UUID(int=1, version=9))
err(lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes"))
err(lambda: uuid.uuid3("ns", "x"))
