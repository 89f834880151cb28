# batch: 1
# batches: 3
# network_wordcount.py's body on lines with double spaces, leading and trailing blanks
# and tabs: split(" ") keeps empty words (printed as ('', n)), split() does not, and
# counts of u'' literals and the tuple of (word, 1) pprinted as Spark shows them.
lines = ssc.queueStream(createQUEUERDD([[["hello  world "], [" hello\tworld"]], [[""]], [["a a  a"], ["   "]]]))
counts = lines.flatMap(lambda line: line.split(" ")) \
              .map(lambda word: (word, 1)) \
              .reduceByKey(lambda a, b: a+b)
counts.pprint()
nuevoDStream = lines.flatMap(lambda line: line.split()).map(lambda w: (u'%s' % w, 1)).reduceByKey(lambda a, b: a+b)
nuevoDStream.pprint()
lines.map(lambda l: l.strip().split(" ")).pprint()
lines.flatMap(lambda line: line.split(" ")).countByValue().transform(lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0]))).pprint()
