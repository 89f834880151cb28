# batch: 1
# batches: 4
# checkpoint: yes
# snapshot: refused
# updateStateByKey keeping an object per user (running stats with a deque of the last
# values), removing a key by returning None, printed sorted with transform.
from collections import deque


class Running:
    def __init__(self):
        self.n = 0
        self.total = 0
        self.last = deque(maxlen=2)

    def push(self, xs):
        for x in xs:
            self.n += 1
            self.total += x
            self.last.append(x)
        return self

    def __repr__(self):
        return "Running(n=%d, total=%d, last=%s)" % (self.n, self.total, list(self.last))


def update(new, state):
    if new and new[0] < 0:
        return None
    return (state or Running()).push(new)


data = [[[("ana", 1), ("bob", 2)], [("ana", 3)]], [[("bob", 4), ("eva", 5)]],
        [[("ana", -1)], [("eva", 6), ("eva", 7)]], [[("zoe", 8)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.updateStateByKey(update)
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).pprint()
nuevoDStream.map(lambda kv: (kv[0], kv[1].total / kv[1].n)).transform(lambda rdd: rdd.sortBy(lambda kv: -kv[1])).pprint()
