# batch: 1
# batches: 2
from pyspark.sql import SQLContext, Row
data = [[[("ana", 3), ("bob", 5)], [("ana", 1)]], [[("eve", 2)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
def process(rdd):
    sqlContext = SQLContext.getOrCreate(rdd.context)
    df = rdd.map(lambda p: Row(user=p[0], n=p[1])).toDF()
    df.createOrReplaceTempView("scores")
    sqlContext.sql("SELECT user, sum(n) AS total FROM scores GROUP BY user ORDER BY user").show()
    print(df.filter(df.n > 1).count(), df.columns)
pairs.foreachRDD(process)
