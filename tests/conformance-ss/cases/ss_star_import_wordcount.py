data = [["la lluvia en sevilla es una maravilla", "en la sierra llueve"], ["una tarde de lluvia en la sierra", "sevilla"]]
# --- program ---
from pyspark.sql.functions import *
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
words = lines.select(explode(split(col("value"), " ")).alias("word")).withColumn("len", length("word"))
counts = words.where(col("len") > 1).groupBy("word", "len").agg(count("*").alias("n"))
query = counts.writeStream.outputMode("complete").format("console").start()
