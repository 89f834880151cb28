# The slides' first program: upper-cases what a socket sends, batch by batch.
# In the course a second terminal runs `netcat -lk -s localhost -p 9999`; here the
# terminal panel (or a WebSocket URL, or the generator) feeds localhost:9999.
from pyspark import SparkContext, SparkConf
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
