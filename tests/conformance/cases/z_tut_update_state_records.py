# batch: 1
# batches: 5
# checkpoint: yes
# updateStateByKey keeping richer state, as session-tracking tutorials do: a dict per key
# (count, last batch seen, pages visited as a list), a state that is a list trimmed to the
# last three values, state on a windowed stream, and an update returning a tuple.
visits = ssc.queueStream(createQUEUERDD([[[("u1", "/a"), ("u2", "/b")], [("u1", "/c")]], [[("u2", "/a")]], [], [[("u1", "/d"), ("u3", "/e")]], [[("u1", "/e")]]]))


def track(pages, state):
    if state is None:
        state = {"count": 0, "pages": []}
    if pages:
        state = {"count": state["count"] + len(pages), "pages": (state["pages"] + sorted(pages))[-3:]}
    return state


def last_three(new, old):
    return ((old or []) + new)[-3:]


nuevoDStream = visits.updateStateByKey(track)
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).pprint()
visits.mapValues(len).updateStateByKey(last_three).transform(lambda rdd: rdd.sortByKey()).pprint()
visits.window(2, 1).map(lambda kv: (kv[0], 1)).updateStateByKey(
    lambda n, s: (len(n), (s or (0, 0))[1] + sum(n))).transform(lambda rdd: rdd.sortByKey()).pprint()
