# batch: 1
# batches: 2
# pprint of text: accents, CJK, emoji, tabs, carriage returns, empty strings, quotes
# of both kinds, backslashes, control and zero-width characters, printed as str() when
# the record is a string and repr() inside tuples; upper/lower/len of them in map.
lines = [["café", "naïve résumé", "東京 大阪", "emoji 🎉🚀", "tab\there", "cr\rhere", ""],
         ["it's", 'say "hi"', "both ' and \"", "back\\slash", "nul\x00", "zero\u200bwidth", "é".upper(), "ß", "\x7f\x85\xa0"]]
stream = ssc.queueStream(createQUEUERDD([[l] for l in lines]))
stream.pprint(20)
stream.map(lambda s: (s, len(s))).pprint(20)
stream.map(lambda s: [s.upper(), s.title(), s.casefold()]).pprint(20)
nuevoDStream = stream.flatMap(lambda s: list(s)[:3])
stream.map(lambda s: s.encode("utf-8")).pprint(20)
stream.map(lambda s: (s.isprintable(), s.isalpha(), ascii(s))).pprint(20)
