# batch: 1
# batches: 2
# Log-line cleaning with re beyond findall: sub with a function (masking numbers, title
# casing matches), subn counts, split with capture groups and maxsplit, compile with
# re.IGNORECASE | re.VERBOSE, named groups and groupdict, lookahead/lookbehind, \b, \w and
# \d on Unicode text (accents, ñ, Arabic-Indic digits), finditer spans, fullmatch,
# escape, and match.expand.
import re

IP = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})   # address
    \s+-\s+
    (?P<user>\w+|-)                   # user or -
""", re.IGNORECASE | re.VERBOSE)
PRICE = re.compile(r"(?<=€)\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?=\s?€)")
WORD = re.compile(r"\b\w+\b")


def mask(m):
    s = m.group(0)
    return s[0] + "*" * (len(s) - 1)


def clean(line):
    out = []
    m = IP.match(line)
    out.append(m.groupdict() if m else None)
    out.append(re.sub(r"\d+", mask, line))
    out.append(re.subn(r"(?i)error|fallo", lambda m: m.group(0).upper(), line))
    out.append(re.split(r"\s*([;|])\s*", line, maxsplit=2))
    out.append(PRICE.findall(line))
    out.append([(w.group(), w.span()) for w in WORD.finditer(line)][:4])
    return out


data = [[["10.0.0.1 - ana GET /ñandú 200 €12,50", "192.168.1.20 - - error; fallo | Error 3"],
         ["precio: 30 € y 4.5€; niño | año٣ ٤٥"]],
        [["Straße ÆØÅ;señor|x;y;z", "127.0.0.1 - JOSÉ Fallo total 500"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.map(clean)
nuevoDStream.pprint()
lines.flatMap(lambda l: re.findall(r"(\w)(\w*)", l)[:3]).map(lambda g: g[0].upper() + g[1]).pprint()
lines.map(lambda l: (bool(re.fullmatch(r"[\w\s.;|€,-/٠-٩]+", l)), re.escape(l[:8]), len(re.findall(r"\d", l)))).pprint()


def expand(rdd):
    for l in sorted(rdd.collect()):
        m = re.search(r"(?P<a>\w+)\s*[;|]\s*(?P<b>\w+)", l)
        if m:
            print(m.expand(r"\g<b>/\g<a>"), m.start("b"), m.lastgroup, m.groups())
        print(re.sub(r"(\w+)@?", r"<\1>", l, count=2))


lines.foreachRDD(expand)
