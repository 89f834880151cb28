# batch: 1
# batches: 2
# Text cleaning with the string module (punctuation, ascii_letters, capwords, Template),
# str.translate/maketrans, and format specs of every kind in f-strings and %-formatting.
import string

TABLE = str.maketrans("", "", string.punctuation)
T = string.Template("$who scored ${pts}pts")


def clean(line):
    words = line.translate(TABLE).lower().split()
    return [w for w in words if all(c in string.ascii_letters + string.digits for c in w)]


def fmt(kv):
    w, n = kv
    return (f"{w:>8}|{w:<6}|{w:^9}|{n:05d}|{n:+.3f}|{n / 7:.2%}|{n:x}|{n:#o}|{n * 1000000:,}|{n:e}",
            "%-6s|%4d|%7.2f|%r|%c" % (w, n, n / 3, w, 65 + n),
            T.substitute(who=w.capitalize(), pts=n), T.safe_substitute(who=w), "{0}-{1!r}-{0}".format(w, n))


data = [[["¡Hola, mundo! Hola...", "It's   a test; a TEST."], ["data-driven (really?)"]],
        [["The end.", "café y té"]]]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.flatMap(clean)
words.pprint(20)
words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).map(fmt).transform(lambda rdd: rdd.sortBy(lambda x: x[0])).pprint(4)
lines.map(lambda l: (string.capwords(l), l.title(), l.swapcase()[:8], l.center(30, "*"), l.zfill(3), l.partition(" "), l.rsplit(" ", 1),
                     l.casefold().count("a"), l.expandtabs(), string.digits[::3], l.isascii(), l.encode("utf-8")[:6])).pprint()
