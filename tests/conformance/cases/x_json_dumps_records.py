# batch: 1
# batches: 3
import json

data = [[[{"id": 1, "name": "Ana", "score": 9.5}, {"id": 2, "name": "José", "tags": ["a", "b"], "ok": True}]],
        [[{"id": 3, "name": "Zoë", "score": 0.1 + 0.2, "extra": None}], [{"id": 4, "nested": {"b": 1, "a": [1.0, 2e-7]}}]]]
records = ssc.queueStream(createQUEUERDD(data))
records.map(json.dumps).pprint()
records.map(lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)).pprint()
records.map(lambda r: json.dumps(r, separators=(",", ":"), indent=None)).pprint()
records.map(lambda r: json.loads(json.dumps(r))["id"] * 10).pprint()
records.map(lambda r: json.dumps(r, indent=2, sort_keys=True)).pprint()
