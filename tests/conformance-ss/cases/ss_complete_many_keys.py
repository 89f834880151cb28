data = [[" ".join("w%d" % i for i in range(50))],
        [" ".join("w%d" % i for i in range(30, 180)), "w7 w7 w8"],
        [" ".join("w%d" % i for i in range(150, 300))],
        ["w1 w299 w150 x y z"]]
# --- program ---
from pyspark.sql.functions import explode, split
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
words = lines.select(explode(split(lines.value, " ")).alias("word"))
query = words.groupBy("word").count().writeStream.outputMode("complete").format("console").option("numRows", 1000).start()
