# batch: 1
# batches: 3
data = [[[("a", "x y"), ("b", "z")], [("c", "")]], [[("d", "p q r")]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.flatMapValues(lambda v: v.split())
nuevoDStream.pprint()
