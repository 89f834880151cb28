"""What Spark 3.5.9 does with `ssc.binaryRecordsStream(directory, recordLength)` when
`recordLength` is not positive: the stream is made without complaint, batches without new
files run, and the first batch that reads a file fails with the Java exception of Spark's
FixedLengthBinaryRecordReader (printed here as the action's error).

    PYTHONHASHSEED=0 /path/to/pyspark-venv/bin/python tools/oracle/binary_record_length.py 0
    PYTHONHASHSEED=0 /path/to/pyspark-venv/bin/python tools/oracle/binary_record_length.py -4

Runnel's tests (crates/runnel_cli/tests/binary_records.rs) check the exception names this
prints: `java.lang.ArithmeticException: / by zero` for 0 and
`java.lang.NegativeArraySizeException: -4` for -4.
"""
import os, shutil, sys, tempfile, time

from pyspark import SparkConf, SparkContext
from pyspark.streaming import StreamingContext

length = int(sys.argv[1])
conf = SparkConf().setMaster("local[2]").setAppName("oracle").set("spark.ui.enabled", "false")
sc = SparkContext(conf=conf)
sc.setLogLevel("OFF")
directory = tempfile.mkdtemp()
ssc = StreamingContext(sc, 1)
stream = ssc.binaryRecordsStream(directory, length)
print("made", type(stream).__name__, flush=True)


def show(t, rdd):
    try:
        print("batch count", rdd.count(), flush=True)
    except Exception as e:
        cause = [l for l in str(e).splitlines() if "Exception" in l and "java." in l]
        print("batch failed:", cause[0].split("): ")[-1] if cause else e, flush=True)


stream.foreachRDD(show)
ssc.start()
time.sleep(1.5)
staged = tempfile.mktemp()
with open(staged, "wb") as f:
    f.write(b"abcdefgh")
shutil.move(staged, os.path.join(directory, "f1.bin"))
time.sleep(6)
ssc.stop(stopSparkContext=True, stopGraceFully=False)
