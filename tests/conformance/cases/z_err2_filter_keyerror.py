# batch: 1
# batches: 4
# A filter that reads a dict key some records lack (KeyError in batch 3 only), and the
# same filter made safe with dict.get beside it: the safe output runs in every batch.
data = [
    [[{"user": "ana", "likes": 3}], [{"user": "bo", "likes": 0}]],
    [[{"user": "cy", "likes": 5}, {"user": "di", "likes": 1}]],
    [[{"user": "ed"}], [{"user": "fa", "likes": 2}]],
    [[{"user": "gu", "likes": 7}]],
]
tweets = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = tweets.filter(lambda t: t["likes"] > 0).map(lambda t: t["user"])
nuevoDStream.pprint()
tweets.filter(lambda t: t.get("likes", 0) > 0).map(lambda t: (t["user"], t.get("likes"))).pprint()
