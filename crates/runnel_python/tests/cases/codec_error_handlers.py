# str.encode / bytes.decode error handlers and CPython's messages.
texts = ["año", "😀ok", "a€b", "plain", "\x7f\x80"]
for t in texts:
    for enc in ("ascii", "latin-1"):
        for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
            print(enc, errors, t.encode(enc, errors))
        try:
            print(t.encode(enc))
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError:", e)
print("ñ".encode("utf-8", "backslashreplace"), "a".encode("ascii", "bogus"))
try:
    "ñ".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
data = [b"a\xc3", b"a\xc3x", b"\xe2\x82", b"\xe2\x82x", b"\xff", b"\xf0\x9f\x98", b"\xed\xa0\x80",
        b"\xc0\x80", b"ok\xf4\x90\x80\x80", b"\xe0\x80\x80", b"x\xef\xbf\xbdy\xff", b"\xf0\x9f\x98\x80"]
for b in data:
    for errors in ("replace", "ignore", "backslashreplace"):
        print(b, errors, repr(b.decode("utf-8", errors)), repr(b.decode("ascii", errors)))
    try:
        print(repr(b.decode()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    try:
        print(repr(b.decode("ascii")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
