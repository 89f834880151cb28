# batch: 1
# batches: 3
# checkpoint: yes
# snapshot: refused
# Found by tools/fuzz/dstream_gen.py (seed 101, programs 2 and 20). A namedtuple of two
# fields is a pair to PySpark's keyed operators: they unpack records by iteration
# (`for k, v in iterator`) and read `kv[0]`/`kv[1]`, so reduceByKey, groupByKey,
# mapValues, joins and updateStateByKey take Venta records as (prod, cant). partitionBy
# (under sortByKey) buckets the `(k, v)` it unpacked, so its records come out tuples.
from collections import namedtuple
Venta = namedtuple('Venta', ['prod', 'cant'])
data = [[[Venta('pan', 5), Venta('leche', 2)], [Venta('pan', 1), Venta('café', 7)]],
        [[Venta('café', 2)], [], [Venta('té', 4), Venta('pan', 3)]], []]
s = ssc.queueStream(createQUEUERDD(data))
s.reduceByKey(lambda a, b: a + b).pprint()
s.groupByKey().mapValues(sorted).pprint()
s.mapValues(lambda c: c * 10).pprint()
s.flatMapValues(lambda c: range(c % 3)).pprint()
s.join(s.map(lambda v: (v.prod, v.cant > 2))).pprint()
s.transform(lambda rdd: rdd.sortByKey()).pprint()
s.updateStateByKey(lambda new, old: sum(new) + (old or 0)).transform(lambda rdd: rdd.sortByKey()).pprint()
s.foreachRDD(lambda t, rdd: print(t, sorted(rdd.countByKey().items()), rdd.keys().collect(), rdd.values().collect(), sorted(rdd.collectAsMap().items())))
nuevoDStream = s.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 2, 1).map(lambda kv: Venta(*kv))
