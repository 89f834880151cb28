import binascii
import base64

print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(bytearray(b"xyz")), binascii.unhexlify("00ff6162"), binascii.a2b_hex(b"4A4b"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64("aGVsbG8=\n"), binascii.a2b_base64(b"aGVs bG8="))
print(binascii.crc32(b"hello"), binascii.crc32(b"lo", binascii.crc32(b"hel")))
print(binascii.hexlify(b"spark").decode(), bytes.fromhex("7370") if hasattr(bytes, "fromhex") else "")

def err(f):
    try:
        f()
    except binascii.Error as e:
        print("binascii.Error", e)
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: binascii.unhexlify("abc"))
err(lambda: binascii.unhexlify("zz"))
err(lambda: binascii.hexlify("text"))
err(lambda: binascii.a2b_base64("aGVsbG8", strict_mode=True))
err(lambda: binascii.a2b_base64("a"))
err(lambda: base64.b64decode("abc"))
print(issubclass(binascii.Error, ValueError))
