# batch: 1
# batches: 3
# Records that are a program's objects, as OOP-minded tutorials write them: a class with
# __repr__, one with __str__ only, __eq__/__hash__ so reduceByKey groups them,
# __lt__ for sortBy, pprint and print of them and of containers of them.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return "<%s>" % self.text


pts = ssc.queueStream(createQUEUERDD([[[(1, 2), (3, 4)], [(1, 2)]], [[(0, 0)], [(3, 4), (1, 2)]], [[(2.5, -1)]]]))
points = pts.map(lambda p: Point(*p))
points.pprint()
nuevoDStream = points.map(lambda p: (p, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.transform(lambda rdd: rdd.sortBy(lambda kv: kv[0])).pprint()
points.map(lambda p: Label("%s,%s" % (p.x, p.y))).pprint()
points.map(lambda p: [Label(p.x)]).map(lambda l: str(l[0])).pprint()
points.foreachRDD(lambda rdd: print(sorted(rdd.collect()), max(rdd.collect(), default=None)))
