# batch: 1
# batches: 2
# Objects as values: functools.total_ordering, @property, @classmethod factory,
# @staticmethod, __str__ vs __repr__ in print and pprint, inheritance with super(),
# isinstance, sorted/max/min of objects with and without keys, and takeOrdered on objects.
import functools


@functools.total_ordering
class Student:
    school = "UPM"

    def __init__(self, name, grade):
        self.name = name
        self._grade = grade

    @classmethod
    def parse(cls, line):
        name, grade = line.split("=")
        return cls(name, float(grade)) if "." in grade else Senior(name, int(grade))

    @staticmethod
    def passes(g):
        return g >= 5

    @property
    def grade(self):
        return self._grade

    def __eq__(self, other):
        return (self.grade, self.name) == (other.grade, other.name)

    def __lt__(self, other):
        return (self.grade, self.name) < (other.grade, other.name)

    def __hash__(self):
        return hash((self.name, self.grade))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.grade!r})"

    def __str__(self):
        return f"{self.name}:{self.grade}"


class Senior(Student):
    def __init__(self, name, grade):
        super().__init__(name.upper(), grade)

    def __str__(self):
        return "senior " + super().__str__()


data = [[["ana=7.5", "bob=4", "eva=9.25"], ["luis=5", "zoe=7.5", "max=10"]],
        [["ana=3.0", "bob=8"]]]
students = ssc.queueStream(createQUEUERDD(data)).map(Student.parse)
students.pprint()


def show(t, rdd):
    xs = rdd.collect()
    print(t, sorted(xs), max(xs), min(xs, key=lambda s: s.name))
    print([str(s) for s in sorted(xs, reverse=True)], [s for s in xs if isinstance(s, Senior)])
    print(rdd.takeOrdered(2), rdd.top(2), rdd.max(), [Student.passes(s.grade) for s in xs], xs[0] >= xs[-1], Senior.school)
    print(sorted(xs, key=lambda s: (Student.passes(s.grade), s.name)), rdd.distinct().count(), issubclass(Senior, Student))


students.foreachRDD(show)
nuevoDStream = students.map(lambda s: (Student.passes(s.grade), s)).reduceByKey(max)
nuevoDStream.pprint()
