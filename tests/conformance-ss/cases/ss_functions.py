data = [['{"ts": "2026-01-01 10:30:05", "user": "Ana", "text": "Hola mundo", "n": 3}', '{"ts": "2026-03-15 23:59:59", "user": "bob", "text": null, "n": 12}'],
        ['{"ts": "2026-01-02 00:00:00", "user": "VIU", "text": "una frase bastante larga para truncar", "n": -1}']]
# --- program ---
from pyspark.sql.functions import col, lit, expr, upper, lower, length, concat, when, date_format, to_timestamp
events = spark.readStream.schema("ts TIMESTAMP, user STRING, text STRING, n INT").option("maxFilesPerTrigger", 1).json(input_dir)
out = events.select(
    upper(col("user")).alias("u"), lower("user"), length("text"), concat(col("user"), lit("-"), col("text")).alias("c"),
    when(col("n") > 5, "big").when(col("n") > 0, "small").otherwise("neg").alias("size"),
    col("n").cast("string").alias("ns"), (col("n") * 2.5).alias("x"), col("n") / 4,
    date_format("ts", "yyyy/MM/dd HH:mm").alias("d"), expr("n + 1"), col("text"))
query = out.writeStream.outputMode("append").format("console").start()
