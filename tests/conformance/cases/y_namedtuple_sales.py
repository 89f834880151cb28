# batch: 1
# batches: 3
# CSV lines parsed into namedtuples, totals per product with reduceByKey, _replace,
# _asdict into json.dumps with sort_keys, and namedtuple reprs in pprint.
import json
from collections import namedtuple

Sale = namedtuple("Sale", ["store", "product", "units", "price"])
Total = namedtuple("Total", "units revenue")


def parse(line):
    store, product, units, price = line.split(",")
    return Sale(store.strip(), product.strip(), int(units), float(price))


data = [[["madrid, pan, 3, 1.25", "bcn, leche, 2, 0.99"], ["madrid, leche, 1, 0.99"]],
        [["bcn, pan, 10, 1.2", "vlc, cafe, 1, 7.5"]],
        [["vlc, pan, 4, 1.1"], ["vlc, cafe, 2, 7.25", "madrid, te, 5, 2.0"]]]
sales = ssc.queueStream(createQUEUERDD(data)).map(parse)
sales.pprint(2)
totals = sales.map(lambda s: (s.product, Total(s.units, s.units * s.price)))
nuevoDStream = totals.reduceByKey(lambda a, b: Total(a.units + b.units, round(a.revenue + b.revenue, 2)))
nuevoDStream.pprint()
sales.map(lambda s: s._replace(price=round(s.price * 1.21, 2))).map(
    lambda s: json.dumps(s._asdict(), sort_keys=True)).pprint()
sales.map(lambda s: (s, s.units > 2, s[1], len(s), Sale._fields)).pprint(1)
