# batch: 1
# batches: 2
# operator.itemgetter (one and several indexes, on dicts), attrgetter with dotted paths,
# methodcaller with arguments, operator.add/mul/neg/truediv as RDD functions, and
# sorted/max/min with these keys on records that are tuples, dicts and objects.
import operator
from operator import itemgetter, attrgetter, methodcaller


class City:
    def __init__(self, name, country, pop):
        self.name, self.pop = name, pop
        self.country = Country(country)

    def __repr__(self):
        return f"City({self.name})"


class Country:
    def __init__(self, code):
        self.code = code


data = [[[("madrid", "es", 3.3), ("paris", "fr", 2.1)], [("lyon", "fr", 0.5), ("bilbao", "es", 0.35)]],
        [[("rome", "it", 2.8), ("milan", "it", 1.4), ("vigo", "es", 0.29)]]]
rows = ssc.queueStream(createQUEUERDD(data))
rows.map(itemgetter(1, 0)).pprint()
rows.map(lambda r: dict(zip(("name", "cc", "pop"), r))).map(itemgetter("cc", "name")).pprint()
nuevoDStream = rows.map(lambda r: (r[1], r[2])).reduceByKey(operator.add).mapValues(methodcaller("__round__", 2)).transform(lambda rdd: rdd.sortBy(itemgetter(1)))
nuevoDStream.pprint()
rows.map(itemgetter(0)).map(methodcaller("replace", "a", "4", 1)).map(methodcaller("upper")).pprint()


def show(rdd):
    cities = [City(*r) for r in rdd.collect()]
    print(sorted(cities, key=attrgetter("country.code", "name")), max(cities, key=attrgetter("pop")))
    print(list(map(attrgetter("name", "country.code"), cities))[:2], min(rdd.collect(), key=itemgetter(2)))
    print(rdd.map(itemgetter(2)).reduce(operator.mul), operator.neg(len(cities)), operator.truediv(7, 2), operator.floordiv(-7, 2))
    print(operator.contains("abc", "b"), operator.getitem([1, 2, 3], slice(1, None)), operator.concat([1], [2]), operator.itemgetter(slice(0, 2))("xyz"))


rows.foreachRDD(show)
