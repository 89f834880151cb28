# batch: 1
# batches: 3
import re

data = [[["The rain, in Spain!", "stays mainly"], ["in the plain... 42 times", "x=1, y=22"]],
        [["Rain? RAIN: rain.", "emails: ana@uni.es bob@mail.com"]]]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.flatMap(lambda line: re.findall(r"[a-z]+", line.lower()))
words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).pprint()
lines.flatMap(lambda l: re.findall(r"(\w+)=(\d+)", l)).pprint()
lines.map(lambda l: re.sub(r"[^\w\s]", "", l)).pprint()
lines.flatMap(lambda l: re.split(r"\W+", l)).filter(lambda w: w).map(len).pprint()
lines.filter(lambda l: re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", l)) \
    .flatMap(lambda l: [m.groupdict() for m in re.finditer(r"(?P<user>\w+)@(?P<host>[\w.]+)", l)]).pprint()
