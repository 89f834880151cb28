# batch: 1
# batches: 2
# df.show() of text with control characters, as log lines and pasted text bring them:
# Spark writes \n, \r, \t, \f, \b, \v and \a as two-character escapes (in column names
# too) before cutting cells to `truncate`, so an escape can be cut in half.
from pyspark.sql import SparkSession

lines = ssc.queueStream(createQUEUERDD([
    [["line one\nline two", "cr\rlf", "tab\tsep"], ["bell\x07", "ff\x0cvt\x0bbs\x08"]],
    [["\t\t\t\t\t\t\t\t\t\tten tabs", "plain"]]]))


def show(rdd):
    spark = SparkSession.builder.getOrCreate()
    df = rdd.map(lambda s: (s, len(s))).toDF(["text\tcol", "len"])
    df.show()
    df.show(truncate=12)
    df.show(truncate=False)
    print(df.collect()[0])


lines.foreachRDD(show)
