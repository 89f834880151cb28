# batch: 1
# batches: 2
# Log lines handled with str methods only: partition/rpartition, split with maxsplit and
# rsplit, splitlines of multi-line records, strip with chars, removeprefix/removesuffix,
# startswith with a tuple, find/rfind/index errors, count of overlapping-looking
# substrings, replace with count, zfill of negatives, expandtabs, join of a generator,
# isdigit vs isnumeric vs isdecimal, and str * int.
data = [[["INFO:app:arranque\tok", "WARN:db:lento  \n  reintento", "ERROR:app:fallo:disco lleno"]],
        [["DEBUG::vacío", "INFO:web:GET /a/b/c?x=1", "sin formato"], ["ERROR:db:-42 conexiones", "½ ²3 ٣"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.map(lambda l: (l.partition(":"), l.rpartition(":")[2], l.split(":", 1), l.rsplit(":", 1)[0]))
nuevoDStream.pprint()
lines.map(lambda l: (l.splitlines(), [s.strip() for s in l.splitlines()], l.strip("INFOWARN:"), l.expandtabs(4))).pprint()
lines.map(lambda l: (l.startswith(("ERROR", "WARN")), l.removeprefix("INFO:"), l.removesuffix("ok"), l.find(":"), l.rfind(":"), l.count("a"))).pprint()
lines.map(lambda l: (l.replace(":", "|", 1), l.split(":")[-1].zfill(8), "-".join(c for c in l[:5] if c.isalpha()), "=" * (len(l) // 10))).pprint()


def numeros(rdd):
    for l in rdd.collect():
        toks = l.replace(":", " ").split()
        print([(t, t.isdigit(), t.isnumeric(), t.isdecimal()) for t in toks if any(c.isnumeric() for c in t)])
        try:
            print(l.index("xyz"))
        except ValueError as e:
            print("ValueError:", e)
    print("aaaa".count("aa"), "a,b,,c".split(","), "a  b ".split(), " x ".split(" "), "abc".center(8, "*"), "Ab".swapcase() * 2)


lines.foreachRDD(numeros)
