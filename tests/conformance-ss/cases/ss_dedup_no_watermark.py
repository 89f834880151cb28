data = [['{"user": "ana", "n": 1}', '{"user": "bob", "n": 2}', '{"user": "ana", "n": 3}'],
        ['{"user": "ana", "n": 4}', '{"user": "eve", "n": 5}']]
# --- program ---
events = spark.readStream.schema("user STRING, n LONG").option("maxFilesPerTrigger", 1).json(input_dir)
query = events.dropDuplicates(["user"]).writeStream.outputMode("append").format("console").start()
