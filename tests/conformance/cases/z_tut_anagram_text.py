# batch: 1
# batches: 3
# Text processing from books: lower-cased words stripped of punctuation with
# str.translate, stop words filtered with a set, anagram groups keyed by sorted letters,
# character counts with collections.Counter, and the longest word per batch by reduce.
import string
from collections import Counter

STOP = {"the", "a", "and", "of"}
table = str.maketrans("", "", string.punctuation)
text = [[["The cat, the act; and a TAC!"], ["Listen: silent night."]],
        [["Of enlist and tinsel..."]],
        [["Dusty study, dusty!"]]]
words = ssc.queueStream(createQUEUERDD(text)).flatMap(lambda l: l.translate(table).lower().split())
content = words.filter(lambda w: w not in STOP)
content.pprint()
nuevoDStream = content.map(lambda w: ("".join(sorted(w)), w)).groupByKey().mapValues(lambda ws: sorted(set(ws)))
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).pprint()
content.mapPartitions(lambda it: [Counter("".join(it)).most_common(2)]).pprint()
content.reduce(lambda a, b: a if (len(a), a) >= (len(b), b) else b).pprint()
