# bytes and bytearray methods that mirror str's, on bytes above 0x7f too, and the
# ASCII-only tests and case changes.
data = [b"hola mundo", b"a\xc3\xb1o", b"  x y\t\n", b"k=v=w", b"\xe9t\xe9", b"", b"12", b"Ab Cd", bytearray(b"ba na na")]
for b in data:
    print(b.replace(b"a", b"A"), b.replace(b"a", b"", 1), b"-".join([b, b"z"]), b.rstrip(), b.lstrip(b" x"), b.strip())
    print(b.partition(b"="), b.rpartition(b" "), b.rfind(b"a"), b.center(12, b"*"), b.ljust(3), b.rjust(4, b"."), b.zfill(5))
    print(b.removeprefix(b"ho"), b.removesuffix(b"o"), b.isdigit(), b.isalpha(), b.isalnum(), b.isspace(), b.isupper(), b.islower())
    print(b.title(), b.capitalize(), b.swapcase(), type(b.replace(b"", b"")).__name__)
    try:
        print(b.index(b"n"), b.rindex(b"n"))
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: b"x".replace("x", "y"), lambda: b",".join([b"a", "b"]), lambda: b"ab".join([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
