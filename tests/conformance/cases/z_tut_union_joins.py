# batch: 1
# batches: 5
# Several sources merged as tutorials do: ssc.union(*streams) of three queue streams,
# DStream.union, a windowed join of two streams, leftOuterJoin with None for missing
# keys, rightOuterJoin and fullOuterJoin, and cogroup printed with lists. A union of
# streams read differently (a queue of parallelized lists and mapped streams) is refused
# by PySpark ("All DStreams should have same serializer"); mapped first, they union.
clicks = ssc.queueStream(createQUEUERDD([[[("ad1", "u1")], [("ad2", "u2")]], [[("ad1", "u3")]], [], [[("ad3", "u1")]], [[("ad1", "u9")]]]))
imps = ssc.queueStream(createQUEUERDD([[[("ad1", 10), ("ad2", 20)]], [], [[("ad3", 30)]], [[("ad4", 40)]], []]))
extra = ssc.queueStream([sc.parallelize([("ad9", "x")])])
try:
    ssc.union(clicks, extra, clicks.map(lambda kv: (kv[0].upper(), kv[1])))
except ValueError as e:
    print("union refused:", e)
same = lambda kv: kv
merged = ssc.union(clicks.map(same), extra.map(same), clicks.map(lambda kv: (kv[0].upper(), kv[1])))
merged.pprint()
clicks.union(extra).count().pprint()
ssc.union(clicks, clicks.window(2, 1)).count().pprint()
nuevoDStream = clicks.window(3, 1).join(imps.window(3, 1))
nuevoDStream.pprint()
clicks.leftOuterJoin(imps).pprint()
clicks.rightOuterJoin(imps).transform(lambda rdd: rdd.sortByKey()).pprint()
clicks.fullOuterJoin(imps, numPartitions=3).transform(lambda rdd: rdd.sortByKey()).pprint()
clicks.cogroup(imps).mapValues(lambda vs: (sorted(vs[0]), sorted(vs[1]))).transform(
    lambda rdd: rdd.sortByKey()).pprint()
