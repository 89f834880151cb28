# The slides' socket program: feed it with `nc -lk 9999` in another terminal, or run it
# with `--stdin` and type lines.
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

if __name__ == "__main__":
    sc = SparkContext(appName="miPrograma")
    sc.setLogLevel("ERROR")
    ssc = StreamingContext(sc, 10)

    inputStream = ssc.socketTextStream("localhost", 9999)

    nuevoDStream = inputStream.map(lambda record: record.upper())
    nuevoDStream.pprint()

    ssc.start()
    ssc.awaitTermination()
