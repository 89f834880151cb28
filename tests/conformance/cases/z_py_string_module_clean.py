# batch: 1
# batches: 2
# Word cleaning with the string module: punctuation stripped with str.translate and
# str.maketrans("", "", string.punctuation), ascii_letters/digits filters,
# string.capwords, string.Template substitute/safe_substitute, and a word count of the
# cleaned words, sorted by count then word.
import string

STRIP = str.maketrans("", "", string.punctuation)
TPL = string.Template("$word appears ${n}x ($pct%)")


def words(line):
    return [w for w in line.translate(STRIP).lower().split() if all(c in string.ascii_letters for c in w)]


data = [[["Hello, world! Hello?", "It's 2024: the year."], ["world... WORLD; (hello)"]],
        [["a-b c_d e.f", "don't stop-believing 42nd"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(lambda l: (string.capwords(l), string.capwords(l, "-"), "".join(c for c in l if c in string.digits) or None)).pprint()
counts = lines.flatMap(words).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream = counts.transform(lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0])))
nuevoDStream.pprint()


def report(rdd):
    rows = rdd.collect()
    total = sum(n for _, n in rows)
    for w, n in rows[:3]:
        print(TPL.substitute(word=w, n=n, pct=round(100 * n / total)), TPL.safe_substitute(word=w))
    try:
        TPL.substitute(word="x")
    except KeyError as e:
        print("KeyError", e)
    print(len(string.punctuation), string.ascii_uppercase[:5], string.hexdigits, repr(string.whitespace), string.octdigits)


nuevoDStream.foreachRDD(report)
