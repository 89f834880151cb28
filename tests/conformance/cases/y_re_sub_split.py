# batch: 1
# batches: 2
# re.sub with a function and backreferences, re.split with a capturing group, flags,
# named groups with groupdict, finditer spans and fullmatch, in flatMap and map.
import re

LOG = re.compile(r"(?P<level>INFO|WARN|ERROR)\s+\[(?P<mod>[\w.]+)\]\s+(?P<msg>.*)", re.I)


def parse(line):
    m = LOG.match(line)
    if not m:
        return [("bad", line)]
    d = m.groupdict()
    return [(d["level"].upper(), d["mod"]), ("msg", re.sub(r"\d+", lambda n: str(int(n.group()) * 2), d["msg"]))]


def tokens(line):
    return [t for t in re.split(r"([,;])\s*", line) if t]


data = [[["INFO [app.core] started 3 workers in 12 ms", "warn [db] slow query 250"], ["garbage line"]],
        [["ERROR [net.io] lost 1 of 10 packets", "a, b;c ,d"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.flatMap(parse).pprint(10)
lines.map(tokens).pprint()
lines.map(lambda l: re.sub(r"(\w+) \[(\w+)", r"\2 <\1>", l, count=1)).pprint()
lines.map(lambda l: [(m.group(0), m.span()) for m in re.finditer(r"\b\d+\b", l)]).pprint()
lines.map(lambda l: (bool(re.fullmatch(r"[\w\s\[\].,;]+", l)), re.search(r"^w", l, re.I | re.M) is not None,
                     re.findall(r"(\w)(\d)", l), re.subn(r"[aeiou]", "", l)[1])).pprint()
