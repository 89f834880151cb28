import re

text = "The quick brown fox jumps over the lazy dog. The dog sleeps; 42 foxes ran 7 miles!"
print(re.findall(r"\w+", text)[:6])
print(re.findall(r"(\w)(\w)", "abcde"))
print(re.findall(r"(\d+) (\w+)", text))
print(re.findall(r"o(x)?", "fox dog"))
print(re.findall(r"[A-Z]\w*", text))
print(re.findall(r"\bthe\b", text, re.IGNORECASE))
print(re.findall(r"^\w+", "one two\nthree four\nfive", re.M))
print(re.findall(r"\w+$", "one two\nthree four\nfive"))
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"a.c", "abc a\nc"))
print(re.findall(r"""
    (\d+)   # a number
    \s+     # space
    ([a-z]+) # a word
""", text, re.VERBOSE))
print(re.findall("", "abc"), re.findall("x*", "axxb"))
print(re.findall(r"[^aeiou\s]+", "hello world"))
print(re.findall(r"\d{2,}", "1 22 333 4444"), re.findall(r"a{,2}", "aaa"))
print(re.findall(r"x{y}", "x{y}"))
print(re.findall(r"(?i)HELLO", "hello Hello"))
print(re.findall(r"(\w+)@(\w+)\.com", "alice@example.com, bob@test.com"))
print(re.findall(r"(a)(b)?", "ab a"))
print(re.findall(r"\w+", "päivää maailma ñ"), re.findall(r"\w+", "päivää ñ", re.ASCII))

m = re.search(r"(?P<word>\w+) (?P<num>\d+)", "xx hello 123 yy")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("num"), m.group(1, 2), m[2], m["word"])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span(2), m.start("num"))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(re.match(r"\d+", "abc 123"), re.match(r"\w+", "abc 123"))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"\d+", "123x"))
print(re.search(r"(a)|(b)", "b").groups(), re.search(r"(a)|(b)", "b").groups("-"))
print(re.search(r"é(.)", "café au lait").span(), re.search("x", "abc"))
m = re.search(r"(\d)(\d)?", "a5b")
print(m.groups(), m.span(2), m.lastindex, m.expand(r"[\1|\2]"))

print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+)@(\w+)", r"\g<2> at \g<first>\n!", "me@home"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 and 20 and 300"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"))
print(re.sub(r"a", "b", "aaaa", count=2), re.subn(r"a", "b", "aaaa"), re.subn("z", "y", "abc"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(a)|(b)", "xaybz"), re.split("x*", "axbc"), re.split(",", ""))
print([m.group() for m in re.finditer(r"\d+", "a1b22c333")])
print([m.span() for m in re.finditer(r"o", "foo boo")])

p = re.compile(r"(\w+)=(\d+)", re.I | re.M)
print(p, re.compile("a"), re.compile(r"\d+\.\d*"), p.pattern, p.flags, p.groups, re.compile("(?P<k>a)(b)").groupindex)
print(p.findall("a=1, b=22"), p.search("zz x=5").group(2), p.sub(r"\1:\2", "a=1 b=2"))
print(p.search("a=1 b=2", 3), p.match("a=1 b=2", 4), p.search("a=1 b=2", 0, 2))
print(re.compile(p) is p, re.escape("a.b*c (d) [e] 1+1=2 ~x#"), re.escape("hello_world"))
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<c>\w)(?P=c)", "xyzzy").group())
print(re.search(r"(?<=\$)\d+", "cost $45").group(), re.findall(r"\w+(?=!)", "hi! yo! no"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
print(re.sub(r"^", ">", "a\nb", flags=re.M), re.findall(r"$", "a\n"), re.search(r"a$", "a\n").span())
print(re.search(r"a\Z", "a\n"), re.findall(r"\s", "a b\tc\nd"))
print(re.I == 2, int(re.IGNORECASE | re.MULTILINE), re.A + re.X + re.S)

def check(name, f):
    try:
        print(name, f())
    except re.error as e:
        print(name, "re.error", e)
    except Exception as e:
        print(name, type(e).__name__, e)

check("unbalanced", lambda: re.compile("a)"))
check("unterminated", lambda: re.compile("(a"))
check("nothing", lambda: re.compile("*a"))
check("class", lambda: re.compile("[abc"))
check("escape", lambda: re.compile(r"\q"))
check("badgroup", lambda: re.sub("(a)", r"\2", "a"))
check("badname", lambda: re.sub("(a)", r"\g<x>", "a"))
check("nogroup", lambda: re.search("(a)", "a").group(3))
check("type", lambda: re.search("a", 5))
check("repl", lambda: re.sub("a", lambda m: 5, "a"))
