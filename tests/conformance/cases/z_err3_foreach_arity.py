# batch: 1
# batches: 2
# foreachRDD functions with the wrong number of parameters: PySpark calls one of one
# parameter with the RDD and any other with the time and the RDD, so a function of none
# or of three fails each batch's job (its output), while the other outputs print.
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3]]]))


def none():
    print("never")


def three(t, rdd, extra):
    print("never", extra)


nums.foreachRDD(none)
nums.foreachRDD(lambda rdd: print("one", rdd.collect()))
nums.foreachRDD(three)
nums.foreachRDD(lambda t, rdd: print("two", t, rdd.count()))
nums.foreachRDD(lambda rdd: rdd.collect())
nums.foreachRDD(lambda *args: print("varargs", len(args)))
