# batch: 1
# batches: 2
# Cleaning log lines with str methods: partition/rpartition, rsplit with maxsplit,
# casefold, translate with str.maketrans (three-argument form), zfill, center, ljust,
# expandtabs, splitlines(keepends), title, swapcase, strip with chars, startswith with
# a tuple, removeprefix/removesuffix, count, find/rfind, isalnum/isspace, replace count.
table = str.maketrans("áéíóú", "aeiou", "!?")


def clean(line):
    head, sep, tail = line.partition(":")
    path, _, leaf = head.rpartition("/")
    parts = tail.rsplit(",", 1)
    return (head.casefold(), sep, leaf.center(11, "."), parts, tail.translate(table).strip(" .").title(),
            str(len(tail)).zfill(4), line.expandtabs(4), line.count("a"), line.find("/"), line.rfind("/"),
            head.startswith(("/var", "/tmp")), leaf.removeprefix("app").removesuffix(".log"), line.swapcase()[:6])


def lines_of(block):
    return [(i, l, l.isspace(), l.strip().isalnum()) for i, l in enumerate(block.splitlines(True))]


data = [[["/var/log/app1.log:¡Ótimo!, éxito, ERROR\tNO", "/tmp/x:Straße,  GROSS.."], ["no-colon-here"]],
        [["a/b/apple.log:á, é, í? ó... ú!", "/etc/x.cfg:\tk=v,\tk2=v2"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(clean).pprint()
blocks = ssc.queueStream(createQUEUERDD([[["one\ntwo\r\nthree"], ["  \n42\n\n"]], [["x\ty\n"]]]))
nuevoDStream = blocks.flatMap(lines_of)
nuevoDStream.pprint()
lines.map(lambda l: (l.ljust(12, "-")[:12], l.replace("/", "|", 2), "ß".casefold() == "SS".casefold(), l.upper().lower() == l.lower())).pprint()
