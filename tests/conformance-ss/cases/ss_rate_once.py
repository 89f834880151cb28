data = [[]]
# --- program ---
from pyspark.sql.functions import col
for name, key, value in [("zero-rate", "rowsPerSecond", "0"), ("bad-rate", "rowsPerSecond", "many"), ("zero-partitions", "numPartitions", "0"), ("bad-ramp", "rampUpTime", "soon")]:
    try:
        r = spark.readStream.format("rate").option(key, value).load()
        q = r.writeStream.format("noop").start()
        q.stop()
        print(name, "started")
    except Exception as e:
        print(name, type(e).__name__, str(e).split("\n")[0])
rate = spark.readStream.format("rate").option("rowsPerSecond", 5).option("numPartitions", 2).load()
rate.printSchema()
query = rate.select((col("value") % 3).alias("m"), "value").writeStream.trigger(once=True).format("console").start()
