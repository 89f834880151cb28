data = [['{"user": "ana", "n": 3}', '{"user": "bob", "n": 1}'],
        ['{"user": "eva", "n": 4}']]
# --- program ---
events = spark.readStream.schema("user STRING, n INT").option("maxFilesPerTrigger", 1).json(input_dir)
class Writer:
    def open(self, partition_id, epoch_id):
        print("open", partition_id, epoch_id, flush=True)
        return True
    def process(self, row):
        print("row", row.user, row.n * 10, flush=True)
    def close(self, error):
        print("close", error, flush=True)
query = events.where("n > 0").writeStream.foreach(Writer()).start()
