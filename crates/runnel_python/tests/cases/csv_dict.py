import csv
import io

data = "name,age,city\nAna,31,Madrid\n\nBob,25\nEva,40,Lima,extra,more\n"
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames)
for row in r:
    print(row, r.line_num)

r = csv.DictReader(["a;b", "1;2"], delimiter=";")
print(list(r))
r = csv.DictReader(["1,2,3", "4,5"], fieldnames=["x", "y", "z"], restval="?")
print(next(r))
print(next(r))
r = csv.DictReader(["h1,h2", "1,2,3,4"], restkey="rest")
print(list(r))
r = csv.DictReader([])
print(r.fieldnames, list(r))
print(sum(int(row["n"]) for row in csv.DictReader(["n", "1", "2", "3"])))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "score"])
print(w.writeheader())
w.writerow({"name": "Ana", "score": 9.5})
w.writerow({"score": 7})
w.writerows([{"name": "x, y", "score": None}, {"name": "z"}])
print(repr(out.getvalue()))
print(w.fieldnames)

out = io.StringIO()
w = csv.DictWriter(out, ["a", "b"], restval="-", extrasaction="ignore", lineterminator="\n")
w.writerow({"a": 1, "c": 3})
w.writerow({"b": 2})
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.DictWriter(out, ("k", "v"), dialect="unix")
w.writeheader()
w.writerow({"k": "a", "v": 1})
print(repr(out.getvalue()))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}))
err(lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop"))
err(lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow([1]))
err(lambda: next(csv.DictReader(["a"])))
