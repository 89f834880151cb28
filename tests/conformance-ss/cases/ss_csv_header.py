data = [["user,score", "ana,3.5", "bob,"], ["user,score", "eve,10"]]
# --- program ---
from pyspark.sql.types import StructType, StructField, StringType, DoubleType
schema = StructType([StructField("user", StringType()), StructField("score", DoubleType())])
rows = spark.readStream.schema(schema).option("header", True).option("maxFilesPerTrigger", 1).csv(input_dir)
query = rows.writeStream.outputMode("append").format("console").start()
