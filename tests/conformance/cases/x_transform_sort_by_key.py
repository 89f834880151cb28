# batch: 1
# batches: 3
data = [[[("pera", 3), ("uva", 1)], [("kiwi", 9), ("manzana", 2), ("higo", 5)]],
        [[("lima", 4)], [("coco", 8), ("fresa", 6)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.transform(lambda rdd: rdd.sortByKey(False))
nuevoDStream.pprint()
