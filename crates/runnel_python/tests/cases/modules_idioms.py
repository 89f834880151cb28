import unicodedata, csv, io
s = "Canción Ñandú café"
print(unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii'))
print(unicodedata.normalize('NFKD', s).encode('ascii', 'ignore'))
f = io.StringIO("a,b\n1,2\n")
rd = csv.reader(f)
header = next(rd)
print(header, [dict(zip(header, r)) for r in rd])
print(",".join(next(csv.reader(['x,"y,z"']))))
import hashlib, base64, textwrap
from fractions import Fraction
from decimal import Decimal
words = ["árbol", "Árbol", "arbol", "niño"]
print(sorted(set(unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower() for w in words)))
print({w: hashlib.sha1(w.encode()).hexdigest()[:6] for w in words})
print(base64.b64encode(hashlib.md5(b"id-42").digest()).decode())
total = sum((Fraction(n, 3) for n in range(1, 7)), Fraction(0))
print(total, float(total), Decimal(str(float(total))).quantize(Decimal("0.1")))
print(textwrap.fill("una frase bastante larga para partir en varias líneas cortas", 20))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["palabra", "n"], lineterminator="\n")
w.writeheader()
w.writerows({"palabra": p, "n": len(p)} for p in words)
print(out.getvalue(), end="")
