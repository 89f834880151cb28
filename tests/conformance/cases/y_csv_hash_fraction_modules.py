# batch: 1
# batches: 2
# Parsing a stream's CSV lines (csv.reader, csv.writer to io.StringIO, DictReader),
# accents stripped with unicodedata, ids hashed with hashlib/base64/zlib/uuid5, exact
# averages with Fraction (also as reduceByKey keys), Decimal money, textwrap, struct.
import base64
import csv
import hashlib
import io
import struct
import textwrap
import unicodedata
import uuid
import zlib
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction


def parse(line):
    return next(csv.reader([line]))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def to_csv(fields):
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(fields)
    return out.getvalue()


data = [[['León,"Calle Mayor, 1",3,19.99', 'Málaga,"Plaza ""Nueva""",4,5.01'], ['León,Gran Vía,5,0.10']],
        [['Cádiz,"Muelle, 2",2,7.50'], ['Málaga,Centro,1,12.00']]]
lines = ssc.queueStream(createQUEUERDD(data))
rows = lines.map(parse)
rows.map(lambda r: (strip_accents(r[0]).upper(), r[1], int(r[2]))).pprint()
rows.map(lambda r: (hashlib.md5(r[0].encode()).hexdigest()[:8], zlib.crc32(r[1].encode()),
                    base64.urlsafe_b64encode(r[0].encode()).decode(), str(uuid.uuid5(uuid.NAMESPACE_DNS, r[0]))[:13])).pprint()
avg = rows.map(lambda r: (strip_accents(r[0]), (Fraction(int(r[2])), 1))) \
    .reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1])) \
    .map(lambda kv: (kv[0], (kv[1][0] / kv[1][1], float(kv[1][0] / kv[1][1]))))
avg.transform(lambda rdd: rdd.sortByKey()).pprint()
rows.map(lambda r: (Fraction(int(r[2]), 2), 1)).reduceByKey(lambda a, b: a + b) \
    .transform(lambda rdd: rdd.sortByKey()).pprint()
money = rows.map(lambda r: Decimal(r[3])).reduce(lambda a, b: a + b)
money.map(lambda t: (t, (t / 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), f"{t:.1f}")).pprint()
rows.map(lambda r: to_csv([strip_accents(r[0]), r[1], len(r[1])])).pprint()
rows.map(lambda r: textwrap.shorten(r[1] + " " + r[0] + " centro histórico", width=18)).pprint()
rows.map(lambda r: struct.unpack("<hh", struct.pack("<hh", int(r[2]), -int(r[2])))).pprint()


def dict_rows(p):
    return [dict(d) for d in csv.DictReader(p, fieldnames=["city", "addr", "n", "price"])]


lines.mapPartitions(dict_rows).map(lambda d: (d["city"], d["n"])).pprint()
