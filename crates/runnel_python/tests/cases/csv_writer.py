import csv
import io
import sys

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'say "hi"', "", None, 1, 2.5, True, -0.0]))
w.writerow(["line\nbreak", "cr\rhere", "tab\there"])
w.writerow([])
w.writerow([""])
w.writerow(["", ""])
w.writerow((x * x for x in range(4)))
w.writerow("abc")
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))

for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=q).writerow(["x", 1, 2.0, None, "", "a b"])
    print(q, repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s, delimiter=";", quotechar="'", lineterminator="\n")
w.writerow(["a;b", "it's", "plain", "new\nline"])
print(repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"x', "back\\slash", "nl\nx"])
print(repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s, doublequote=False, escapechar="\\")
w.writerow(['q"x', "e\\f", "plain"])
print(repr(s.getvalue()))

s = io.StringIO()
csv.writer(s, dialect="unix").writerow(["a", 1, "x\ny"])
csv.writer(s, dialect="excel-tab").writerow(["a b", "c\td", 3])
csv.writer(s, dialect=csv.excel).writerow(["a"])
print(repr(s.getvalue()))

# To stdout, as a streaming job's foreachRDD might.
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["word", "count"])
w.writerows([("spark", 3), ("hola, mundo", 1)])
print(w.dialect.delimiter, repr(w.dialect.lineterminator))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return f"({self.x}; {self.y})"
s = io.StringIO()
csv.writer(s).writerow([Point(1, 2), [1, 2], (3,), {"k": 1}, 10**20, 1e300])
print(repr(s.getvalue()))

# Round trip.
rows = [["id", "text"], ["1", 'a "quoted", comma'], ["2", "multi\nline"]]
s = io.StringIO()
csv.writer(s).writerows(rows)
s.seek(0)
print(list(csv.reader(s)) == rows)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return 42
sink = Sink()
print(csv.writer(sink).writerow([1, 2]))
print(sink.parts)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: csv.writer(io.StringIO()).writerow(5))
err(lambda: csv.writer(io.StringIO()).writerow(None))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
err(lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b']))
err(lambda: csv.writer(5))
err(lambda: csv.writer())
err(lambda: csv.writer(io.StringIO()).writerows(5))
err(lambda: csv.writer(io.StringIO()).writerows([1]))
