# batch: 1
# batches: 3
# Apache access logs parsed with named groups; timestamps with datetime.strptime
# ("%d/%b/%Y:%H:%M:%S"), bucketed to the minute with replace(), weekday()/isoweekday(),
# strftime with %A %j %U and a custom format, isoformat, timedelta arithmetic between
# first and last request per IP (reduceByKey of (min, max) tuples), total_seconds, and
# status classes counted with countByValue.
import re
from datetime import datetime, timedelta

LOG = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^ \]]+) [^\]]*\] "(?P<method>\w+) (?P<path>\S+)[^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')


def parse(line):
    m = LOG.match(line)
    if not m:
        return []
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S")
    d["size"] = 0 if d["size"] == "-" else int(d["size"])
    return [d]


data = [[['1.2.3.4 - - [10/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326',
          '5.6.7.8 - - [10/Oct/2023:13:57:01 +0200] "POST /login HTTP/1.1" 302 -'],
         ['1.2.3.4 - - [10/Oct/2023:14:01:00 +0200] "GET /img/a.png HTTP/1.1" 404 512', 'basura']],
        [['5.6.7.8 - - [11/Oct/2023:00:00:59 +0200] "GET / HTTP/1.0" 500 17',
          '9.9.9.9 - - [31/Dec/2023:23:59:59 +0000] "DELETE /x HTTP/2" 204 -']],
        [['1.2.3.4 - - [01/Jan/2024:00:00:00 +0000] "GET /feliz HTTP/1.1" 200 1']]]
logs = ssc.queueStream(createQUEUERDD(data)).flatMap(parse)
logs.map(lambda d: (d["ip"], d["ts"].replace(second=0).isoformat(), d["ts"].weekday(), d["ts"].isoweekday(),
                    d["ts"].strftime("%A %j %U %I%p|%y/%m/%d"))).pprint()
nuevoDStream = logs.map(lambda d: (d["ip"], (d["ts"], d["ts"]))).reduceByKey(lambda a, b: (min(a[0], b[0]), max(a[1], b[1])))
nuevoDStream.pprint()
nuevoDStream.mapValues(lambda p: (p[1] - p[0], (p[1] - p[0]).total_seconds(), str(p[1] - p[0] + timedelta(days=1, microseconds=5)))).pprint()


def estados(rdd):
    counts = rdd.map(lambda d: d["status"][0] + "xx").countByValue()
    print(sorted(counts.items()), sum(rdd.map(lambda d: d["size"]).collect()))
    for d in sorted(rdd.collect(), key=lambda d: d["ts"]):
        delta = datetime(2024, 1, 1) - d["ts"]
        print(d["method"].ljust(6), d["path"].rjust(12), delta.days, delta.seconds, d["ts"].strftime("%d.%m.%Y %Hh%M"))


logs.foreachRDD(estados)
