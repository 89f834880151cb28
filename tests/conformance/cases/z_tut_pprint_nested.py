# batch: 1
# batches: 2
# snapshot: refused
# pprint of nested records: tuples in lists in dicts, sets and frozensets, empty
# containers, one-element tuples, None and bools, dicts keyed by tuples, bytes,
# ranges, and a record longer than a terminal line.
data = [[[(1, (2, (3, [4, {"k": (5,)}]))), [], {}, (), set(), frozenset(), (None,), [True, False, None]],
         [{"a": [1, 2], "b": {"c": {1, 2, 3}}}, {(1, 2): "x", (3,): None}, b"bytes\x00\xff", range(3)]],
        [[{frozenset([1]): [1.5, "s"]}, [[[]]], ({},), "x" * 300, list(range(60)), {"nested": [{"deep": [()]}]}]]]
records = ssc.queueStream(createQUEUERDD(data))
records.pprint()
records.map(lambda r: (type(r).__name__, r)).pprint()
nuevoDStream = records.map(lambda r: [r, (r,)])
records.map(lambda r: str(r)[:40]).pprint()
records.map(lambda r: len(str(r))).reduce(lambda a, b: a + b).pprint()
