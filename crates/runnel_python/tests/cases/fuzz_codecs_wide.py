# The UTF-16/UTF-32 codecs (BOM, orders, CPython's decode errors) and utf-8-sig (found by tools/fuzz/py_gen.py: they were 'unknown encoding').
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', 'Ωμέγα', '😀x😀', 'İstanbul', 'e\u0301']:
    for enc in ['utf-16', 'utf-16-le', 'UTF-16BE', 'utf_32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'utf16']:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
for b in [b'abc', b'\x00\xff', b'\xff\xfea\x00b', b'\xfe\xff\x00a', b'\x00\xd8\x00\xdc', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\x00\xd8', b'a\x00\x00\xd8', b'\xff\xfe']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-32-be']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
            t(lambda: b.decode(enc, err))
for b in [b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'abcde', b'\xef\xbb\xbfx']:
    t(lambda: b.decode('utf-32'))
    t(lambda: b.decode('utf-8-sig'))
