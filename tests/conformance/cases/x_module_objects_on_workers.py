# batch: 1
# batches: 3
import re
from collections import namedtuple

WORD = re.compile(r"[a-záéíóú]+", re.IGNORECASE)
PAIR = re.compile(r"(\w+)=(\d+)")
Sale = namedtuple("Sale", ["item", "qty"])

data = [[["Hola mundo, hola", "x=3 y=4"], ["Adiós MUNDO", "x=10"]], [["z=5 hola"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.flatMap(lambda l: WORD.findall(l.lower())).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).pprint()
sales = lines.flatMap(lambda l: [Sale(k, int(v)) for k, v in PAIR.findall(l)])
sales.pprint()
sales.map(lambda s: (s.item, s.qty)).reduceByKey(lambda a, b: a + b).pprint()
sales.filter(lambda s: s.qty > 3).map(lambda s: s._replace(qty=s.qty * 10)).pprint()
