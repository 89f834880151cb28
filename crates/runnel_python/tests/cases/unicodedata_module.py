import unicodedata
from collections import Counter

print(unicodedata.unidata_version)

# Stripping Spanish accents, as students do before counting words.
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
for w in ["canción", "Árbol", "pingüino", "niño", "ÉXITO", "façade", "naïve café"]:
    print(w, "->", strip_accents(w))

s = "e\u0301 \u00e9 \ufb01 \u2460 \u1e9b\u0323 \uac00 \u1100\u1161 x\u0323\u0307 \u212b \u00bd"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, s)
    print(form, ascii(n), len(n), unicodedata.is_normalized(form, n), unicodedata.is_normalized(form, s))

for c in "aZ5 ,\u00e9\u0301\u00bd\u2163\u4e00\u0660\u00a0\n\u200b\ue000$+([\u00ab\u00bb_-\u2028\u2029\u01c5\u02b0\u20dd\u0903":
    print(ascii(c), unicodedata.category(c), unicodedata.combining(c), unicodedata.east_asian_width(c),
          repr(unicodedata.bidirectional(c)), unicodedata.mirrored(c),
          unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))

for c in "A\u00e9\u4e00\uac00\u0301\u2163\U0001F600\u00bd":
    print(ascii(c), unicodedata.name(c))
print(unicodedata.name("\x00", "no name"), unicodedata.name("\U000e0080", "-"))
for n in ["LATIN SMALL LETTER E WITH ACUTE", "latin small letter a", "SNOWMAN", "CJK UNIFIED IDEOGRAPH-4E01", "HANGUL SYLLABLE GAG", "GRINNING FACE"]:
    print(n, ascii(unicodedata.lookup(n)))
print(unicodedata.numeric("\u2155"), unicodedata.numeric("\u4e07"), unicodedata.numeric("\u5146"), unicodedata.numeric("\u0f33"))
print(unicodedata.digit("\u00b2"), unicodedata.decimal("\u0669"), unicodedata.digit("\u2460"))

# Sweeps compared with CPython's tables.
cats = Counter()
check = 0
# (Runnel's strings hold no lone surrogates: chr() of one is refused.)
for cp in range(0, 0x110000, 13):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    cats[unicodedata.category(c)] += 1
    check = (check * 31 + unicodedata.combining(c) + len(unicodedata.east_asian_width(c)) * 7) % 1000000007
print(sorted(cats.items()), check)
nums = 0.0
widths = Counter()
for cp in list(range(0, 0xD800)) + list(range(0xE000, 0x30000)):
    c = chr(cp)
    v = unicodedata.numeric(c, None)
    if v is not None:
        nums += v
    widths[unicodedata.east_asian_width(c)] += 1
print(nums, sorted(widths.items()))
bidi = Counter(unicodedata.bidirectional(chr(cp)) for cp in range(0, 0x20000, 2) if not 0xD800 <= cp < 0xE000)
print(sorted(bidi.items()), sum(unicodedata.mirrored(chr(cp)) for cp in range(0x20000) if not 0xD800 <= cp < 0xE000))
dec = [cp for cp in range(0x20000) if not 0xD800 <= cp < 0xE000 and unicodedata.decimal(chr(cp), None) == 7]
print(len(dec), dec[:5], sum(dec))
text = "".join(chr(cp) for cp in range(0xa0, 0x3000))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, text)
    print(form, len(n), sum(map(ord, n)) % 1000003)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: unicodedata.normalize("NFX", "a"))
err(lambda: unicodedata.normalize("NFC", 5))
err(lambda: unicodedata.normalize(5, "a"))
err(lambda: unicodedata.category("ab"))
err(lambda: unicodedata.category(""))
err(lambda: unicodedata.category(5))
err(lambda: unicodedata.name("\x00"))
err(lambda: unicodedata.decimal("x"))
err(lambda: unicodedata.digit("\u00bd"))
err(lambda: unicodedata.numeric("x"))
err(lambda: unicodedata.lookup("NO SUCH THING"))
