# batch: 1
# batches: 3
# A broadcast dict looked up with [] for a word it lacks (KeyError in batch 2 only), the
# safe .get beside it, and the broadcast subscripted without .value (TypeError, caught).
codes = sc.broadcast({"es": "Spain", "fr": "France", "it": "Italy"})
data = [[["es", "fr"], ["it"]], [["es", "de"], []], [["fr"]]]
langs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = langs.map(lambda c: codes.value[c])
nuevoDStream.pprint()
langs.map(lambda c: codes.value.get(c, "?")).pprint()


def show(rdd):
    for c in rdd.collect():
        try:
            print(c, codes[c])
        except TypeError as e:
            print(c, "TypeError", e)
        try:
            print(c, codes.value[c])
        except KeyError as e:
            print(c, "KeyError", e, repr(e))


langs.foreachRDD(show)
