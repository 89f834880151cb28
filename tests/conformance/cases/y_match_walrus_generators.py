# batch: 1
# batches: 2
# Commands parsed with a match statement (literal, sequence, capture, guard, or-pattern,
# class and mapping patterns), the walrus operator in comprehensions, and generator
# functions with yield from in flatMap.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def command(line):
    match line.split():
        case ["move", x, y]:
            return ("move", Point(int(x), int(y)))
        case ["say", *words] if words:
            return ("say", " ".join(words))
        case ["quit" | "exit"]:
            return ("quit", None)
        case [single]:
            return ("single", {"word": single, "n": len(single)})
        case _:
            return ("unknown", line)


def describe(cmd):
    match cmd:
        case ("move", Point(0, 0)):
            return "origin"
        case ("move", Point(x=x, y=y)) if x == y:
            return f"diagonal {x}"
        case ("move", Point(x, y)):
            return f"move {x},{y}"
        case ("single", {"word": w, "n": n}) if n > 3:
            return f"long {w}"
        case (kind, str() as text):
            return f"{kind}: {text!r}"
        case (kind, _):
            return kind


def expand(line):
    yield line.upper()
    yield from (w[::-1] for w in line.split() if (n := len(w)) > 2)
    yield from range(len(line) % 3)


data = [[["move 0 0", "move 3 3", "say hola mundo"], ["exit", "palabra"]],
        [["move 1 2", "say", "hi", "jump 1 2 3"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(command).map(describe).pprint()
lines.flatMap(expand).pprint(20)
lines.map(lambda l: [y for w in l.split() if (y := len(w)) % 2 == 0]).pprint()
lines.map(lambda l: (sum(len(w) for w in l.split()), any(c.isdigit() for c in l), next((w for w in l.split() if w.startswith("s")), None))).pprint()
