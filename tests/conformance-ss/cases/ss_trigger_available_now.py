data = [["a b"], ["c"], ["d e f"]]
# --- program ---
lines = spark.readStream.option("maxFilesPerTrigger", 1).text(input_dir)
query = lines.writeStream.trigger(availableNow=True).format("console").start()
query.awaitTermination()
print("active", query.isActive)
