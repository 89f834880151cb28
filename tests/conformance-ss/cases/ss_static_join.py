data = [['{"user": "ana", "action": "click"}', '{"user": "zoe", "action": "view"}'],
        ['{"user": "bob", "action": "buy"}', '{"user": "ana", "action": "view"}']]
# --- program ---
users = spark.createDataFrame([("ana", "Madrid"), ("bob", "Valencia")], ["user", "city"])
events = spark.readStream.schema("user STRING, action STRING").option("maxFilesPerTrigger", 1).json(input_dir)
inner = events.join(users, "user")
left = events.join(users, "user", "left_outer")
q1 = inner.writeStream.outputMode("append").format("console").start()
q1.processAllAvailable()
q1.stop()
query = left.writeStream.outputMode("append").format("console").start()
