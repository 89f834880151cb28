# batch: 1
# batches: 3
# match statements in a map: literal, sequence, mapping, class and or-patterns, guards.
class Reading:
    __match_args__ = ("sensor", "value")

    def __init__(self, sensor, value):
        self.sensor, self.value = sensor, value


def classify(record):
    match record:
        case {"type": "temp", "value": float(v) | int(v)} if v > 30:
            return ("hot", v)
        case {"type": "temp", "value": v}:
            return ("temp", v)
        case ("click", page, *rest):
            return ("click", page, len(rest))
        case [x, y] if x == y:
            return ("same", x)
        case Reading("door", 0 | 1 as state):
            return ("door", state)
        case Reading(sensor=s, value=v):
            return ("reading", s, v)
        case str() as text if text.isdigit():
            return ("digits", int(text))
        case None | "":
            return ("nothing",)
        case _:
            return ("other", repr(record))


data = [[[{"type": "temp", "value": 35.5}, ("click", "home", 1, 2), [3, 3]],
         [{"type": "temp", "value": 20}, "42", None]],
        [[[1, 2], "", ("click", "about")], [{"type": "hum"}, 7]]]
records = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = records.map(classify)
nuevoDStream.pprint()
records.map(lambda r: Reading("door" if r else "temp", 1 if r else 2.5)).map(classify).pprint()
