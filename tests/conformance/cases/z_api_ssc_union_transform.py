# batch: 1
# batches: 3
# StreamingContext.union of three streams (one fed by a default RDD once its queue is
# empty), StreamingContext.transform over two and three streams, ssc.remember and
# ssc.sparkContext.
ssc.remember(3)
a = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3]], [[4, 5]]]))
b = ssc.queueStream(createQUEUERDD([[[10]], [[20], [30]], []]))
c = ssc.queueStream(createQUEUERDD([[[100], [200]]]), default=createQUEUERDD([[[7]]])[0])
u = ssc.union(a, b, c)
u.glom().pprint()
nuevoDStream = ssc.transform([a, b], lambda rdds: rdds[0].cartesian(rdds[1]))
ssc.transform([a, b, c], lambda rdds: rdds[0].union(rdds[1]).union(rdds[2]).map(lambda x: x % 7)).glom().pprint()


def tagged(rdds):
    kind, n = type(rdds).__name__, len(rdds)
    return rdds[0].map(lambda x: (kind, n, x))


ssc.transform([c], tagged).pprint()
print(type(ssc.sparkContext).__name__, ssc.sparkContext is sc)
