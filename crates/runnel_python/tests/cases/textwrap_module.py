import textwrap

text = ("Apache Spark Streaming divides the live input stream into micro-batches, "
        "and each batch is processed by the Spark engine -- exactly as a small RDD job "
        "would be. State-of-the-art fault-tolerance comes for free.  Really? Yes!")
for w in (10, 20, 33, 50, 79):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a well-known hyphenated-word-chain and x-y", 12))
print(textwrap.wrap("a well-known hyphenated-word-chain and x-y", 12, break_on_hyphens=False))
print(textwrap.wrap("very-long-hyphenated-compound-words-here", 15))
print(textwrap.wrap("He said--quietly--no. Then left", 12))
print(textwrap.wrap("tabs\there\tand\nnewlines\r\nhere", 12))
print(textwrap.wrap("tabs\there", 30, expand_tabs=False), textwrap.wrap("tabs\there", 30, tabsize=4))
print(textwrap.wrap("keep\nnewlines here", 30, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing   ", 10), textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("First one. Second one! Third? End", 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("short", 10))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 60), textwrap.shorten(text, 40, placeholder=" (more)"))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=20))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("  a\n\t b\n  c")), repr(textwrap.dedent("   \n  x\n   y\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\r\nb\n  \n", "+", lambda line: True)))
print(repr(textwrap.indent("one\ntwo", "  ", lambda l: l.startswith("t"))))
w = textwrap.TextWrapper(width=25, initial_indent="- ", max_lines=2)
print(w.wrap(text), w.width)
print(w.fill("short text"))
print(textwrap.wrap("αβγ δεζηθ ικλμν ξοπρσ", 9), textwrap.wrap("日本語のテキスト 分割", 5))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: textwrap.wrap("x", 0))
err(lambda: textwrap.wrap("x", -3))
err(lambda: textwrap.shorten("hello world", 3))
err(lambda: textwrap.wrap("x", 5, bogus=1))
err(lambda: textwrap.wrap(5))
