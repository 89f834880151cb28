# batch: 1
# batches: 2
# A generator function given to map instead of flatMap: each record becomes a generator
# object (len() of it fails; list() of it works; counting works), and given to flatMap it
# yields the words.
def words(line):
    for w in line.split():
        yield w.lower()


data = [[["A b", "c"], ["D e f"]], [["g"]]]
lines = ssc.queueStream(createQUEUERDD(data))
gens = lines.map(words)
gens.map(lambda g: type(g).__name__).pprint()
gens.count().pprint()
gens.map(len).pprint()
gens.map(list).pprint()
nuevoDStream = lines.flatMap(words)
nuevoDStream.pprint()
