# batch: 1
# batches: 2
# Rows printed and shown: print(Row) with strings, None, floats, nested Row, lists;
# asDict(recursive=True); createDataFrame of Rows with show() of nulls, booleans, floats,
# doubles' text, long values truncated at 20 and unicode width; df.collect() printed.
from pyspark.sql import Row, SparkSession

recs = ssc.queueStream(createQUEUERDD([
    [[("ana", 31, 1.5, True, "a very long description that goes past twenty"), ("bob", None, 2.0, False, "short")]],
    [[("東京太郎", 7, 1e-05, None, "üñí"), ("zoë", 40, 1e16, True, "tab\there")]]]))
rows = recs.map(lambda t: Row(name=t[0], age=t[1], score=t[2], ok=t[3], note=t[4]))
rows.pprint()


def show(rdd):
    for r in rdd.collect():
        print(r, r.name, r["age"])
        print(Row(person=r, tags=[r.name, None]).asDict(recursive=True))
    spark = SparkSession.builder.getOrCreate()
    df = spark.createDataFrame(rdd)
    df.show()
    df.select("name", "note").show(truncate=10)
    print(df.collect())
    print(df.columns, df.count())


rows.foreachRDD(show)
nuevoDStream = rows.map(lambda r: (r.name, r.score))
