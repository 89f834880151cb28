# batch: 1
# batches: 3
# Hashtags found with re.findall become objects that key reduceByKey (__eq__/__hash__ by
# their lowered text); sorted() and max() of the objects use __lt__; printed with __repr__.
import re


class Hashtag:
    def __init__(self, text):
        self.text = text.lower()

    def __eq__(self, other):
        return isinstance(other, Hashtag) and self.text == other.text

    def __hash__(self):
        return hash(self.text)

    def __lt__(self, other):
        return (len(self.text), self.text) < (len(other.text), other.text)

    def __repr__(self):
        return "#" + self.text


tweets = [[["Me encanta #Spark y #python", "#spark #Streaming rocks"], ["nada aqui", "#PYTHON!! #py3"]],
          [["#streaming #spark #SPARK"], ["#a #bb #a"]],
          [["sin etiquetas"]]]
lines = ssc.queueStream(createQUEUERDD(tweets))
tags = lines.flatMap(lambda t: re.findall(r"#(\w+)", t)).map(lambda h: (Hashtag(h), 1))
nuevoDStream = tags.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()


def report(t, rdd):
    pairs = rdd.collect()
    print(t, "top:", sorted(pairs, key=lambda kv: (-kv[1], kv[0]))[:3])
    print("longest:", max((k for k, _ in pairs), default=None), "sorted:", sorted(k for k, _ in pairs))


nuevoDStream.foreachRDD(report)
