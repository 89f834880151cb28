# batch: 1
# batches: 2
# json.dumps of each record: indent, separators, ensure_ascii on and off, floats of every
# shape (repr round trip, exponents, integers as floats), nested lists, None and booleans.
import json


def record(line):
    name, value = line.split("=")
    v = float(value)
    return {"nombre": name, "valor": v, "doble": v * 2, "entero": int(v), "ok": v > 1, "nada": None,
            "tags": [name.upper(), [v / 3]]}


data = [[["canción=0.1", "año=1e20"], ["niño=3", "x=-0.000015"]],
        [["ü=2.5e-7", "big=123456789.123456789"]]]
recs = ssc.queueStream(createQUEUERDD(data)).map(record)
recs.map(lambda r: json.dumps(r)).pprint()
recs.map(lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True)).pprint()
recs.map(lambda r: json.dumps(r, indent=2, sort_keys=True, ensure_ascii=False)).pprint(1)
recs.map(lambda r: json.dumps([r["valor"], r["tags"]], separators=(",", ":"))).pprint()
recs.map(lambda r: json.loads(json.dumps(r)) == r).pprint()
recs.map(lambda r: json.dumps({"k": (1, 2), 3: "int key", "f": 0.1 + 0.2}, indent="\t")).pprint(1)
