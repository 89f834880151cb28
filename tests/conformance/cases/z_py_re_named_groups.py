# batch: 1
# batches: 2
# Parsing access-log lines with re: named groups and groupdict, finditer with spans,
# lookahead/lookbehind, re.compile with re.IGNORECASE | re.MULTILINE, re.VERBOSE patterns
# with comments, sub with \1 and \g<name> backrefs and with a function, split with a
# capturing group, fullmatch, and a non-matching line handled with a None check.
import re

LOG = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})   # client address
    \s+-\s+
    \[(?P<day>\d\d)/(?P<mon>\w{3})\]  # day/month
    \s+"(?P<verb>GET|POST)\s(?P<path>\S+)"
    \s+(?P<status>\d{3})
""", re.VERBOSE)
PRICE = re.compile(r"(?<=\$)\d+(?:\.\d\d)?(?!\d)")
WORD = re.compile(r"^(error|warn)\b", re.IGNORECASE | re.MULTILINE)


def parse(line):
    m = LOG.match(line)
    if m is None:
        return ("unparsed", line[:15], [mm.group(0) for mm in WORD.finditer(line)])
    d = m.groupdict()
    return (d["verb"], d["path"], int(d["status"]), m.span("path"), m.group("ip", "mon"), m.lastgroup)


def rewrite(line):
    s = re.sub(r"(\d\d)/(\w{3})", r"\2-\1", line)
    s = re.sub(r"(?P<verb>GET|POST) (?P<path>/\w+)", r"\g<path>:\g<verb>", s)
    s = re.sub(r"\d+", lambda m: str(int(m.group()) * 2) if len(m.group()) < 3 else m.group(), s, count=3)
    return s


def prices(line):
    return [(float(p), m.start()) for p, m in ((m.group(), m) for m in PRICE.finditer(line))]


data = [[['10.0.0.1 - [05/Mar] "GET /index" 200', 'ERROR disk full\nwarn: cpu $12.50 $7'],
         ['192.168.1.20 - [31/Dec] "POST /login" 302 $100 $3.999']],
        [['Error: x\nERRORS\nwarn y', '1.2.3.4 - [01/Jan] "GET /a/b?c=1" 404']]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(parse).pprint()
lines.map(rewrite).pprint()
nuevoDStream = lines.flatMap(prices)
nuevoDStream.pprint()
lines.map(lambda l: (re.split(r"(\s+-\s+|\n)", l)[:4], bool(re.fullmatch(r"[\w.]+", l.split()[0])), re.findall(r"(\w)(\d)", l), re.subn(r"[aeiou]", "", l)[1])).pprint()
