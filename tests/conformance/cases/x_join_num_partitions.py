# batch: 1
# batches: 3
data1 = [[[("a", 1), ("b", 2)], [("c", 3), ("a", 4)]], [[("d", 5)]]]
data2 = [[[("a", "x"), ("c", "y")], [("b", "z")]], [[("d", "w"), ("d", "v")]]]
left = ssc.queueStream(createQUEUERDD(data1))
right = ssc.queueStream(createQUEUERDD(data2))
nuevoDStream = left.join(right, 3)
nuevoDStream.pprint()
