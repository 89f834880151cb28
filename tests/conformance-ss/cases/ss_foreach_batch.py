data = [["el gato y el perro"], ["el sol", "un gato"]]
# --- program ---
from pyspark.sql.functions import explode, split, upper
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
words = lines.select(explode(split(lines.value, " ")).alias("word"))
def process(df, epoch_id):
    print("epoch", epoch_id, "rows", df.count())
    df.select(upper("word").alias("w")).show()
query = words.writeStream.foreachBatch(process).start()
