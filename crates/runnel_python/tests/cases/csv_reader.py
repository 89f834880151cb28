import csv
import io

def show(rows):
    for r in rows:
        print(r)

# The shapes a stream's lines take.
show(csv.reader(["a,b,c", "1,2,3", "", 'x,"y,z",w', '"he said ""hi""",2']))
show(csv.reader(['a;b;"c;d"'], delimiter=";"))
show(csv.reader(["a, b,  c"], skipinitialspace=True))
show(csv.reader(["a, b,  c"]))
show(csv.reader(["a\tb\tc"], dialect="excel-tab"))
show(csv.reader(["a\tb\tc"], csv.excel_tab))
show(csv.reader(["'a,b',c"], quotechar="'"))
show(csv.reader(["a\\,b,c"], escapechar="\\"))
show(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False))
show(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE))
show(csv.reader(['1,"x",2.5,-3e2'], quoting=csv.QUOTE_NONNUMERIC))
show(csv.reader(["a,,b,", ",", '""', '"",""']))
show(csv.reader(['"abc"def,g', 'x"y"z,w']))
show(csv.reader(["a,b\r\n", "c,d\n", "e,f\r"]))

# A quoted field spanning lines, from a file-like and from io.StringIO.
text = 'name,comment\r\nana,"line one\r\nline two"\r\nbob,"ok"\r\n'
r = csv.reader(io.StringIO(text, newline=""))
print(next(r))
print(r.line_num)
for row in r:
    print(row, r.line_num)
print(list(csv.reader(text.splitlines(keepends=True))))
print(list(csv.reader(io.StringIO("x,y\n1,2\n"))))

# Generators and mapped lines.
lines = (l.upper() for l in ["a,b", "c,d"])
print([row for row in csv.reader(lines)])
print([row[1] for row in csv.reader(map(str.strip, [" 1,2 ", "3,4\n"]))])

# Per-line parsing as in a Spark map.
for line in ['Madrid,"Calle Mayor, 1",3', 'León,"Plaza ""Nueva""",7']:
    city, addr, n = next(csv.reader([line]))
    print(city, "|", addr, "|", int(n) * 2)

d = csv.get_dialect("excel")
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar, d.strict)
print(csv.reader(["a"], delimiter="|").dialect.delimiter)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE)
print(list(csv.reader(['a|"b"|c'], "pipes")))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")
print(csv.field_size_limit())
print(csv.excel.delimiter, repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)

class Semi:
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["1;2"], dialect=Semi)))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: list(csv.reader(['"a,b'], strict=True)))
err(lambda: list(csv.reader(['"a"b,c'], strict=True)))
err(lambda: list(csv.reader(["a,b\rc"])))
err(lambda: list(csv.reader([1, 2])))
err(lambda: list(csv.reader([b"a,b"])))
err(lambda: list(csv.reader(["x,abc"], quoting=csv.QUOTE_NONNUMERIC)))
err(lambda: csv.reader(["a"], delimiter=";;"))
err(lambda: csv.reader(["a"], delimiter=""))
err(lambda: csv.reader(["a"], delimiter=1))
err(lambda: csv.reader(["a"], quotechar=1))
err(lambda: csv.reader(["a"], quotechar="ab"))
err(lambda: csv.reader(["a"], escapechar="ab"))
err(lambda: csv.reader(["a"], quoting=7))
err(lambda: csv.reader(["a"], quoting="x"))
err(lambda: csv.reader(["a"], lineterminator=5))
err(lambda: csv.reader(["a"], quotechar=None, quoting=csv.QUOTE_ALL))
err(lambda: csv.reader(["a"], dialect="nope"))
err(lambda: csv.reader(["a"], bogus=1))
err(lambda: csv.reader(5))
err(lambda: csv.get_dialect("nope"))
print(list(csv.reader(['a,"b'])))
print(list(csv.reader(['a,b\\'], escapechar="\\")))
print(list(csv.reader(["a,b"], quotechar=None)))
try:
    next(csv.reader([]))
except StopIteration:
    print("empty")
print(issubclass(csv.Error, Exception))
try:
    list(csv.reader(['"x"y'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
old = csv.field_size_limit(5)
err(lambda: list(csv.reader(["abcdef"])))
print(csv.field_size_limit(old))
print(list(csv.reader(["ab\x00c,d"])))
