# batch: 1
# batches: 2
# pyspark.sql.Row in DStream records without a DataFrame: Rows are tuples (keys of
# reduceByKey placed by portable_hash of their values, sorted, equal to rows of other
# field names, unpacked), attribute and item access, asDict, and a Row "class"
# (Row("name", "age")) called to make rows.
from pyspark.sql import Row

Person = Row("name", "age")
lines = ssc.queueStream(createQUEUERDD([[["ana 31", "bob 25"], ["ana 31", "eve 40"]], [["bob 25"], ["cy 7", "ana 30"]]]))
people = lines.map(lambda l: l.split()).map(lambda p: Person(p[0], int(p[1])))
people.map(lambda r: (r, 1)).reduceByKey(lambda a, b: a + b).glom().pprint()
people.map(lambda r: (r.name, r["age"], r[1], tuple(r), len(r), r.asDict())).pprint()
people.transform(lambda rdd: rdd.sortBy(lambda r: r)).pprint()
people.map(lambda r: Row(who=r.name, years=r.age) == Row(a=r.name, b=r.age)).pprint()
nuevoDStream = people.map(lambda r: Row(name=r.name.upper(), next_age=r.age + 1)).filter(lambda r: r.next_age > 20)


def unpack(rdd):
    print(sorted((age, name) for name, age in rdd.collect()), rdd.map(lambda r: r > Person("bob", 0)).collect())


people.foreachRDD(unpack)
