# batch: 1
# batches: 3
# Each batch joined in transform with a static RDD of prices: leftOuterJoin,
# fullOuterJoin, cogroup, subtractByKey, intersection, cartesian and zip, printed per
# partition with glom.
prices = sc.parallelize([("pan", 1.2), ("leche", 0.9), ("cafe", 7.0), ("te", 2.5)], 2)
data = [[[("pan", 2), ("vino", 1)], [("cafe", 1), ("pan", 1)]],
        [[("te", 3)], [("agua", 4)]],
        [[("leche", 1), ("leche", 2)]]]
orders = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = orders.transform(lambda rdd: rdd.leftOuterJoin(prices).mapValues(lambda v: v[0] * (v[1] or 0)))
nuevoDStream.pprint()
orders.transform(lambda rdd: rdd.fullOuterJoin(prices, 3)).glom().pprint()
orders.transform(lambda rdd: rdd.cogroup(prices).mapValues(lambda vs: (sorted(vs[0]), list(vs[1])))).glom().pprint()
orders.transform(lambda rdd: prices.subtractByKey(rdd)).glom().pprint()
orders.transform(lambda rdd: rdd.keys().intersection(prices.keys())).glom().pprint()
orders.transform(lambda rdd: rdd.values().cartesian(sc.parallelize(["x", "y"], 1)).coalesce(1)).pprint(4)
orders.transform(lambda rdd: rdd.zip(rdd.map(lambda kv: kv[1] * 10))).pprint()
orders.transform(lambda rdd: rdd.rightOuterJoin(prices).filter(lambda kv: kv[1][0] is None).sortByKey()).pprint()
