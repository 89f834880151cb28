data = [["a b c a b a"], ["d d d d c"]]
# --- program ---
from pyspark.sql.functions import explode, split, desc
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
words = lines.select(explode(split("value", " ")).alias("word"))
top = words.groupBy("word").count().orderBy(desc("count"), "word").limit(2)
query = top.writeStream.outputMode("complete").format("console").start()
