# batch: 1
# batches: 3
# The course's word count taken a step further: cleaning with re, counting with
# reduceByKey, ranking with transform(sortBy) and takeOrdered in foreachRDD, a running
# total with updateStateByKey-free state kept in a driver dict, and countByValue.
# driver state: the running totals live in a driver dict (no snapshot carries them).
import re

totals = {}


def rank(t, rdd):
    top = rdd.takeOrdered(3, key=lambda kv: (-kv[1], kv[0]))
    for w, n in rdd.collect():
        totals[w] = totals.get(w, 0) + n
    best = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    print("%s top=%s running=%s" % (t, top, best))


data = [[["To be, or not to be: that is the question."], ["Whether 'tis nobler in the mind"]],
        [["to suffer the slings and arrows", "of outrageous fortune,"]],
        [["Or to take arms against a sea of troubles"], ["And by opposing end them. To die: to sleep;"]]]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.flatMap(lambda l: re.findall(r"[a-z']+", l.lower()))
nuevoDStream = words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.foreachRDD(rank)
nuevoDStream.transform(lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0]))).pprint(5)
words.countByValue().filter(lambda kv: kv[1] > 1).pprint()
words.map(len).countByValue().transform(lambda rdd: rdd.sortByKey()).pprint()
