data = [["el gato y el perro"], ["el sol", "un gato"], ["perro"]]
# --- program ---
from pyspark.sql.functions import explode, split
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
words = lines.select(explode(split(lines.value, " ")).alias("word"))
query = words.groupBy("word").count().writeStream.outputMode("complete").format("console").start()
