# batch: 1
# batches: 2
# re beyond findall: lookahead/lookbehind, non-greedy, VERBOSE patterns, backreferences,
# \g<name> in sub, split with maxsplit, optional groups (None), lastindex/lastgroup,
# expand, escape, and IGNORECASE over accented words.
import re

PRICE = re.compile(r"""
    (?P<cur>[€$])?        # currency sign, optional
    (?P<int>\d+)          # units
    (?:[.,](?P<dec>\d{2}))?   # cents
""", re.VERBOSE)


def prices(line):
    out = []
    for m in PRICE.finditer(line):
        out.append((m.group("cur"), m.group("int"), m.group("dec"), m.lastgroup, m.lastindex,
                    m.expand(r"\g<int>|\2"), m.start(), m.end("int")))
    return out


data = [[["pan €3,50 leche 2 vino $12.99", "el el gato gato negro"], ["ÁRBOL árbol Árbol"]],
        [["a<b>c</b>d<e>f</e>", "key=value; other = thing ;last=1"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(prices).pprint()
lines.map(lambda l: (re.findall(r"\b(\w+) \1\b", l), re.sub(r"(?P<w>\w+) (?P=w)", r"<\g<w>>", l))).pprint()
lines.map(lambda l: (re.findall(r"<(.+?)>", l), re.findall(r"<(.+)>", l)[:1], re.findall(r"(?<=<)\w(?=>)", l))).pprint()
lines.map(lambda l: (re.split(r"\s*[;=]\s*", l, maxsplit=2), re.split(r"(\d)", l, 2), re.escape(l[:6]))).pprint()
lines.map(lambda l: (re.findall(r"árbol", l, re.I), re.findall(r"(\w)(\d)?", l)[:3], re.sub(r"(?i)GATO", "perro", l))).pprint()
lines.flatMap(lambda l: re.findall(r"(?m)^\w+|\w+$", l)).map(lambda w: (w.lower(), 1)).reduceByKey(
    lambda a, b: a + b).transform(lambda rdd: rdd.sortByKey()).pprint()
