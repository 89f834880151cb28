# str.isidentifier by XID_Start/XID_Continue, string.capwords by str.capitalize, 'in' on bytes, str.replace's messages (found by tools/fuzz/py_gen.py).
import string
print('e\u0301'.isidentifier(), '\u0301e'.isidentifier(), 'x²'.isidentifier(), '_٣'.isidentifier(), 'ℌx'.isidentifier(), '℘'.isidentifier(), 'a·b'.isidentifier(), '1a'.isidentifier(), 'ǅ'.isidentifier())
print(string.capwords('ﬃ ß-x  straße', '-'), string.capwords('ﬃ ß  straße'), string.capwords(' ǆungla  İstanbul '))
for f in [lambda: 'a' in b'abc', lambda: b'a' in 'abc', lambda: 'abc'.replace(1, 2), lambda: 'abc'.replace('a', 2), lambda: 'abc'.replace('a', 'b', 'c'), lambda: 97 in b'abc', lambda: b'b' in bytearray(b'abc'), lambda: 300 in b'abc', lambda: [1] in b'abc']:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
