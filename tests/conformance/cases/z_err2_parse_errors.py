# batch: 1
# batches: 3
# Parsing "name,age" lines: the errors a parse step meets (int of a word, of a float text,
# of an empty field, of None; a missing field; float of a word), caught per record with
# CPython's texts; then the same parse uncaught, failing batch 2's jobs only.
def parse(line):
    name, age = line.split(",")
    return (name.strip(), int(age))


def safe(line):
    try:
        return ("ok",) + parse(line)
    except (ValueError, TypeError, IndexError) as e:
        return (type(e).__name__, str(e))


data = [[["ana, 31", "bo,x"], ["cy,3.5", "di,"]], [["ed", "fa,1,2"], ["gu,  7 "]], [["hu,40"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(safe).pprint()
lines.map(lambda l: float(l.split(",")[-1]) if "," in l else l).filter(lambda x: False).count().pprint()
nuevoDStream = lines.filter(lambda l: "x" not in l and "." not in l and not l.endswith(",")).map(parse)
nuevoDStream.pprint()


def conversions(rdd):
    for v in (None, "", " 12 ", "1e3", "0x1f", "٣", [1]):
        try:
            print(repr(v), int(v))
        except (ValueError, TypeError) as e:
            print(repr(v), type(e).__name__, e)
    for v in ("abc", "", "nan", "1_000", None):
        try:
            print(repr(v), float(v))
        except (ValueError, TypeError) as e:
            print(repr(v), type(e).__name__, e)


lines.foreachRDD(conversions)
