# batch: 1
# batches: 3
# A small class hierarchy parsed from text lines: an abstract-ish base with super().__init__,
# @property computed fields, __init_subclass__ keeping a registry of subclasses (read on
# the driver only: a task's copy of the classes re-runs it on PySpark's cloudpickle),
# a @classmethod factory, @staticmethod parsing,
# __str__ (what pprint prints) against __repr__ (inside tuples and lists), and
# reduceByKey / sortBy keyed on the class name and on properties. (Shape.count, changed
# in tasks, is not printed on the driver: PySpark's driver sees the class state of the
# last object it unpickled, which Runnel does not reproduce.)
import math


class Shape:
    registry = {}
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls.__name__

    @classmethod
    def from_line(cls, line):
        kind, *nums = line.split()
        sub = KINDS[kind]
        return sub(*[cls.num(n) for n in nums])

    @staticmethod
    def num(text):
        return float(text) if "." in text else int(text)

    @property
    def area(self):
        raise NotImplementedError

    def __str__(self):
        return f"{self.name} with area {self.area:.2f}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.area!r}>"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return round(math.pi * self.r ** 2, 3)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


KINDS = {"circle": Circle, "rect": Rect, "square": Square}
data = [[["circle 1", "rect 2 3.5"], ["square 4", "circle 0.5"]],
        [["rect 10 10", "square 1.5", "circle 2"]],
        [["square 3"], []]]
shapes = ssc.queueStream(createQUEUERDD(data)).map(Shape.from_line)
shapes.pprint()
shapes.map(lambda s: (type(s).__name__, s)).pprint()
byKind = shapes.map(lambda s: (type(s).__mro__[1].__name__, s.area)).reduceByKey(lambda a, b: a + b)
byKind.pprint()
nuevoDStream = shapes.transform(lambda rdd: rdd.sortBy(lambda s: s.area, ascending=False)).map(repr)
nuevoDStream.pprint()
shapes.foreachRDD(lambda rdd: print(sorted(Shape.registry), isinstance(rdd.first(), Rect),
                                    [issubclass(type(s), Rect) for s in rdd.collect()]))
