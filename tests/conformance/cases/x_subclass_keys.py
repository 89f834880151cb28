# batch: 1
# batches: 3
# Instances of str, int and tuple subclasses as keys and values: reduceByKey places a str
# subclass by the str's hash, partitionBy a tuple subclass by PySpark's tuple hash;
# json.dumps, "-".join, "%d" and sorted take them as their base values.
import json


class Word(str):
    def shout(self):
        return self.upper() + "!"


class Count(int):
    pass


class Pair(tuple):
    pass


data = [[["El rio fluye", "el AGUA corre"], ["Corre el rio"]],
        [["fluye Fluye rio", "mar"], ["agua de mar"]]]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.flatMap(lambda line: [Word(w.lower()) for w in line.split(" ")])
counts = words.map(lambda w: (w, Count(1))).reduceByKey(lambda a, b: Count(a + b))
counts.pprint()
counts.map(lambda kv: json.dumps({kv[0]: kv[1]}) + " %d %s" % (kv[1], kv[0].shout())).pprint()
words.map(lambda w: (Pair((w, len(w))), 1)).partitionBy(3).glom().map(lambda p: "-".join(sorted(k[0] for k, _ in p))).pprint()
