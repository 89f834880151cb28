data = [["el gato y el perro"], ["el sol", "un gato"]]
# --- program ---
from pyspark.sql.functions import explode, split
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
words = lines.select(explode(split(lines.value, " ")).alias("word"))
counts = words.groupBy("word").count()
query = counts.writeStream.outputMode("complete").format("memory").queryName("wc").start()
query.processAllAvailable()
spark.sql("SELECT word, count FROM wc WHERE count > 1 ORDER BY count DESC, word").show()
spark.sql("SELECT count(*) AS n, sum(count) AS total FROM wc").show()
