# batch: 1
# batches: 2
data = [[["  Hola Mundo  ", "spark,streaming"], ["a-b-c"]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.map(lambda s: "%s|%5.2f|%-6s|%d" % (s.strip().lower(), len(s) / 7, s[:3], s.count("a"))) \
                          .union(inputStream.map(lambda s: f"{s!r:>20} {len(s):03d} {s.replace('-', '+').split(',')}"))
nuevoDStream.pprint()
