# batch: 1
# batches: 3
# Broadcast lookup tables (tuples with lists, nested dicts) turned into objects in map
# for join-like enrichment, a broadcast list indexed with bisect, and an accumulator
# counting misses in foreach, printed on the driver each batch. (Spark pickles a
# broadcast value by plain pickle: instances of the program's classes cannot be sent.)
import bisect


class Product:
    def __init__(self, name, price, tags):
        self.name, self.price, self.tags = name, price, tags

    def __repr__(self):
        return "Product(%s, %.2f)" % (self.name, self.price)


catalog = sc.broadcast({"p1": ("pan", 1.2, ["food"]), "p2": ("vino", 7.5, ["drink", "alcohol"]),
                        "p3": ("agua", 0.6, ["drink"])})
bands = sc.broadcast([1, 5, 10])
tiers = sc.broadcast({"low": {"discount": 0.0}, "mid": {"discount": 0.05}, "high": {"discount": 0.1}})
misses = sc.accumulator(0)


def enrich(order):
    pid, qty = order
    if pid not in catalog.value:
        return (pid, None)
    p = Product(*catalog.value[pid])
    total = p.price * qty
    tier = ["low", "mid", "high", "high"][bisect.bisect(bands.value, total)]
    return (p.name, round(total * (1 - tiers.value[tier]["discount"]), 2), tier, p.tags)


def count_misses(t, rdd):
    rdd.foreach(lambda o: misses.add(1) if o[0] not in catalog.value else None)
    print(t, "misses so far", misses.value, len(catalog.value), bands.value[-1])


data = [[[("p1", 3), ("p9", 1)], [("p2", 1)]], [[("p3", 20), ("p2", 2)]], [[("p0", 1)], [("p1", 10)]]]
orders = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = orders.map(enrich)
nuevoDStream.pprint()
orders.foreachRDD(count_misses)
orders.filter(lambda o: o[0] in catalog.value).map(lambda o: Product(*catalog.value[o[0]])).map(
    lambda p: (p, "drink" in p.tags)).pprint()
