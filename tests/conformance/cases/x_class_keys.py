# batch: 1
# batches: 3
# A class as the key of reduceByKey: equality and hash by value (__eq__/__hash__), so
# PySpark's partitioner places each key by its __hash__; printed by its __repr__.
class Word:
    def __init__(self, text):
        self.text = text.lower()

    def __eq__(self, other):
        return isinstance(other, Word) and self.text == other.text

    def __hash__(self):
        return hash(self.text)

    def __lt__(self, other):
        return self.text < other.text

    def __repr__(self):
        return "Word(%r)" % self.text


class Tagged(Word):
    def __init__(self, text, tag):
        super().__init__(text)
        self.tag = tag

    def __repr__(self):
        return "Tagged(%r, %r)" % (self.text, self.tag)


data = [[["El rio fluye", "el AGUA corre"], ["Corre el rio"]],
        [["fluye Fluye rio", "mar"], ["agua de mar"]]]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.flatMap(lambda line: line.split(" ")).map(lambda w: (Word(w), 1))
nuevoDStream = words.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
nuevoDStream.map(lambda kv: (kv[1], kv[0])).transform(lambda rdd: rdd.sortByKey(False)).pprint(3)
words.map(lambda kv: Tagged(kv[0].text, len(kv[0].text))).filter(lambda t: t.tag > 3).pprint()
