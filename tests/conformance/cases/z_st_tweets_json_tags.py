# batch: 1
# batches: 3
# Tweets as JSON lines: json.loads each, hashtags and mentions by re.findall over Unicode
# words (accents, ñ, emoji around them), lowered; counted over a sliding window
# (reduceByKeyAndWindow without inverse), top hashtags with ties broken by first-seen
# (Counter.most_common) and by name; json.dumps of a summary with ensure_ascii=False and
# sort_keys, malformed lines counted through a custom exception.
import json
import re
from collections import Counter

HASHTAG = re.compile(r"#(\w+)")
MENTION = re.compile(r"@(\w+)")


class TweetMalo(Exception):
    def __init__(self, line, why):
        super().__init__(f"{why}: {line[:12]!r}")
        self.why = why


def parse(line):
    try:
        try:
            t = json.loads(line)
        except json.JSONDecodeError as e:
            raise TweetMalo(line, "json") from e
        if "text" not in t:
            raise TweetMalo(line, "sin texto")
        return [("ok", t)]
    except TweetMalo as e:
        return [("malo", str(e))]


data = [[['{"user": "ana", "text": "¡Vamos #España! #fútbol con @pepe 🎉", "likes": 3}',
          '{"user": "luis", "text": "#Fútbol y #niñez, #España", "likes": 0}'],
         ['{"user": "ana", "text": "nada"}', '{"user": "eva"', '{"user": "eva", "likes": 2}']],
        [['{"user": "pepe", "text": "@ana @luis #españa 🎉#mañana", "likes": 10}'],
         ['{"user": "eva", "text": "#Mañana #mañana #MAÑANA", "likes": 1}']],
        [['{"user": "luis", "text": "#ñandú #fútbol", "likes": 5}']]]
lines = ssc.queueStream(createQUEUERDD(data))
parsed = lines.flatMap(parse)
tweets = parsed.filter(lambda p: p[0] == "ok").map(lambda p: p[1])
parsed.filter(lambda p: p[0] == "malo").map(lambda p: p[1]).pprint()
tags = tweets.flatMap(lambda t: [h.lower() for h in HASHTAG.findall(t["text"])])
nuevoDStream = tags.map(lambda h: (h, 1)).reduceByKeyAndWindow(lambda a, b: a + b, None, 2, 1)
nuevoDStream.pprint()
tweets.flatMap(lambda t: [(m, t["user"]) for m in MENTION.findall(t["text"])]).groupByKey().mapValues(sorted).pprint()


def top(rdd):
    c = Counter(dict(rdd.collect()))
    print("most_common:", c.most_common(3))
    print("by name:", sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
    print(json.dumps({"tags": dict(c), "total": sum(c.values())}, ensure_ascii=False, sort_keys=True))
    print(json.dumps({"tags": sorted(c)}, ensure_ascii=True))


nuevoDStream.foreachRDD(top)
tweets.map(lambda t: (t["user"], (t.get("likes", 0), len(t["text"])))).reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1])).pprint()
