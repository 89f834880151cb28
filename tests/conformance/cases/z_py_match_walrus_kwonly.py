# batch: 1
# batches: 2
# Commands parsed with match statements (sequence patterns with *rest, class patterns
# with __match_args__, mapping patterns, guards, or-patterns, capture with as), the
# walrus operator in comprehensions and while loops, keyword-only arguments with
# defaults, *args/**kwargs forwarding, global and nonlocal counters, and assert caught.
class Move:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy


def to_obj(line):
    cmd, *args = line.split()
    if cmd == "move":
        return Move(*map(int, args))
    if cmd == "set":
        return dict(a.split("=") for a in args)
    return [cmd, *args]


def run(obj, *, scale=1, **opts):
    match obj:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0) | Move(0, dx):
            return f"line {dx * scale}"
        case Move(dx=dx, dy=dy) if dx == dy:
            return ("diagonal", dx, opts)
        case Move():
            return "move"
        case {"mode": ("fast" | "slow") as mode, **rest}:
            return ("mode", mode, rest)
        case {}:
            return "empty settings"
        case ["say", *words] if words:
            return " ".join(words).upper()
        case [("quit" | "exit")]:
            return "bye"
        case [cmd, *_]:
            return f"unknown {cmd!r}"


def dispatch(line, *args, **kwargs):
    return run(to_obj(line), *args, **kwargs)


calls = 0


def counted(line):
    global calls
    calls += 1
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    lengths = [m for w in line.split() if (m := len(w)) > 2]
    for m in lengths:
        add(m)
    try:
        assert total < 10, f"too long: {total}"
    except AssertionError as e:
        return (calls, str(e))
    return (calls, lengths, total)


data = [[["move 0 0", "move 3 0", "move 0 -2"], ["move 4 4", "move 1 2", "set mode=fast x=1"]],
        [["set x=2", "set", "say hi there", "quit"], ["exit", "jump high", "say"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.map(lambda l: dispatch(l, scale=10, verbose=True))
nuevoDStream.pprint(12)
lines.map(counted).pprint(12)


def drain(rdd):
    items = rdd.collect()
    out = []
    while (item := items.pop() if items else None) is not None:
        out.append(item.split()[0])
    print(out, calls)


lines.foreachRDD(drain)
