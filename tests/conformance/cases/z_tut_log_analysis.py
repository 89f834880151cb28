# batch: 1
# batches: 5
# checkpoint: yes
# The access-log analysis of books and tutorials: Apache log lines parsed with a regex,
# response codes counted per batch and over a window, top endpoints by transform with
# takeOrdered, content size min/max/average by reduce on tuples, bad lines counted.
import re

LOG_PATTERN = r'^(\S+) (\S+) (\S+) \[([\w:/]+\s[+\-]\d{4})\] "(\S+) (\S+)\s*(\S*)" (\d{3}) (\S+)'


def parse(line):
    m = re.search(LOG_PATTERN, line)
    if m is None:
        return ("bad", line)
    size = 0 if m.group(9) == "-" else int(m.group(9))
    return ("ok", (m.group(1), m.group(6), int(m.group(8)), size))


L = '%s - - [21/Jul/2024:10:00:0%d -0700] "GET %s HTTP/1.1" %d %s'
logs = [[[L % ("1.1.1.1", 1, "/index.html", 200, "1043"), L % ("2.2.2.2", 2, "/about", 404, "-")],
         [L % ("1.1.1.1", 3, "/index.html", 200, "1043"), "garbage line"]],
        [[L % ("3.3.3.3", 4, "/img/a.png", 200, "50000")]],
        [],
        [[L % ("2.2.2.2", 5, "/index.html", 500, "12"), L % ("4.4.4.4", 6, "/about", 200, "300")]],
        [[L % ("1.1.1.1", 7, "/img/a.png", 304, "-")]]]
parsed = ssc.queueStream(createQUEUERDD(logs)).map(parse)
access = parsed.filter(lambda p: p[0] == "ok").map(lambda p: p[1])
parsed.filter(lambda p: p[0] == "bad").count().map(lambda n: "bad lines: %d" % n).pprint()
codes = access.map(lambda a: (a[2], 1))
codes.reduceByKey(lambda a, b: a + b).transform(lambda rdd: rdd.sortByKey()).pprint()
nuevoDStream = codes.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 5, 1)
endpoints = access.map(lambda a: (a[1], 1)).reduceByKey(lambda a, b: a + b)
endpoints.foreachRDD(lambda rdd: print("Top endpoints:", rdd.takeOrdered(2, lambda kv: -kv[1])))
sizes = access.map(lambda a: (a[3], a[3], a[3], 1))
sizes.reduce(lambda x, y: (min(x[0], y[0]), max(x[1], y[1]), x[2] + y[2], x[3] + y[3])).map(
    lambda t: "min %d max %d avg %.1f" % (t[0], t[1], t[2] / t[3])).pprint()
