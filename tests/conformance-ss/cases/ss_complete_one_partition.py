data = [[" ".join("p%d" % i for i in range(10))],
        [" ".join("p%d" % i for i in range(5, 40))],
        [" ".join("q%d" % i for i in range(80)) + " p3 p3"],
        [" ".join("r%d" % (i * 7) for i in range(280))],
        ["p0 q1 r7 zz"]]
# --- program ---
from pyspark.sql.functions import explode, split
spark.conf.set("spark.sql.shuffle.partitions", "1")
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
words = lines.select(explode(split(lines.value, " ")).alias("word"))
query = words.groupBy("word").count().writeStream.outputMode("complete").format("console").option("numRows", 1000).start()
