# batch: 1
# batches: 9
# checkpoint: yes
data = [[["a", "b"], ["a"]],
        [["c"]],
        [["a", "d"]],
        [["b"]],
        [["a"]],
        [["c", "c"]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.countByValueAndWindow(5, 1)
nuevoDStream.pprint()
