# batch: 1
# batches: 3
# A Kafka-style tutorial fed by a queue: JSON strings parsed with json.loads, bad JSON
# skipped in flatMap, counts by a field, json.dumps of the aggregates with sort_keys and
# separators, and values missing from a record defaulted with dict.get.
import json


def parse(s):
    try:
        return [json.loads(s)]
    except ValueError:
        return []


msgs = [[['{"user": "ana", "event": "click", "value": 1.5}', '{"user": "bob", "event": "view"}'],
         ['not json', '{"user": "ana", "event": "view", "tags": ["a", "b"]}']],
        [['{"user": "cé", "event": "click", "value": 2, "meta": {"x": null, "y": true}}']],
        [['{"user": "ana", "event": "click", "value": 0.1}', '[1, 2]']]]
events = ssc.queueStream(createQUEUERDD(msgs)).flatMap(parse)
events.pprint()
dicts = events.filter(lambda e: isinstance(e, dict))
byEvent = dicts.map(lambda e: (e["event"], e.get("value", 0))).reduceByKey(lambda a, b: a + b)
byEvent.map(lambda kv: json.dumps({"event": kv[0], "total": kv[1]}, sort_keys=True)).pprint()
nuevoDStream = dicts.map(lambda e: json.dumps(e, separators=(",", ":"), ensure_ascii=False))
dicts.map(lambda e: json.dumps(e)).pprint()
dicts.map(lambda e: (e["user"], e.get("tags"), e.get("meta", {}).get("y"))).pprint()
