# batch: 1
# batches: 3
# Two streams combined: transformWith joining them, ssc.union of three with different
# partition counts, ssc.transform over a list, and leftOuterJoin/cogroup between streams.
clicks = ssc.queueStream(createQUEUERDD([[[("ana", "home"), ("bob", "cart")], [("ana", "buy")]],
                                         [[("eva", "home")]], [[("bob", "home")], [("bob", "buy")]]]))
users = ssc.queueStream(createQUEUERDD([[[("ana", "ES"), ("bob", "FR")]], [[("eva", "IT")]], [[("zoe", "PT")]]]))
extra = ssc.queueStream(createQUEUERDD([[[("x", "y")]], [], [[("q", "r")]]]))
nuevoDStream = clicks.transformWith(lambda a, b: a.join(b).map(lambda kv: (kv[1][1], kv[1][0])), users)
nuevoDStream.pprint()
clicks.leftOuterJoin(users).transform(lambda rdd: rdd.sortByKey()).pprint()
clicks.cogroup(users).mapValues(lambda v: (sorted(v[0]), sorted(v[1]))).transform(lambda rdd: rdd.sortByKey()).pprint()
u = ssc.union(clicks, users, extra)
u.glom().pprint()
u.count().pprint()
ssc.transform([clicks, users, extra], lambda rdds: rdds[0].union(rdds[2]).subtractByKey(rdds[1])).pprint()
