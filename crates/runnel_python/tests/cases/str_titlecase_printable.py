# str.title/capitalize with titlecase mappings (digraphs, sharp s, ligatures, Georgian,
# Greek with iota subscript), "cased" characters (CJK and digits are not), and
# str.isprintable of format, separator, private-use and unassigned characters.
words = ["ß", "straße", "ǆungla", "ǅ", "ǳ ǲ Ǳ", "ﬁre ﬂy", "և", "ᾳ ᾀ", "ჰელო",
         "東a", "東京tokyo", "1st 2nd", "hello1world", "o'neil", "ΣΑΣ σας", "ŉ", "ǰ", "ﬀ",
         "aBc DEF", "", "  x", "İstanbul", "ǈǉ"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), w.title().istitle())
chars = ["a", " ", "\t", "\u200b", "\u00ad", "\u2028", "\u3000", "\ue000", "\U000e0001",
         "\u0378", "\x85", "\xa0", "é", "東", "🎉", "\u202e", "\ufeff", "\U0001f3fb"]
for c in chars:
    print(ascii(c), c.isprintable(), ("x" + c + "y").isprintable())
print("zero\u200bwidth".isprintable(), "tab\there".isprintable(), "".isprintable())
