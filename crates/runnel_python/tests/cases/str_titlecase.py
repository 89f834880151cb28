# Titlecase letters and mappings: title()/capitalize() use the titlecase mapping
# (dz digraphs, ligatures, sharp s, Georgian), uncased letters start a new word in
# title(), and Lt letters are neither upper nor lower for islower/isupper/swapcase.
words = ["ǆemal", "ǅemal", "Ǆemal", "ﬁn", "ﬂor", "ßen", "straße", "ǉubljana", "ǌ", "ǲ",
         "ᾳ", "ᾈ", "եւ", "ابc", "中a中b", "ⅷ ⅸ", "ａｂｃ", "ǅ", "a1b2", "x_y-z", "o'neil",
         "ΣΑΣ ΟΔΟΣ", "ἀρχή", "çà et là", "ⓐⓑ", "ꭰꭱ"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
    print(" ", w.islower(), w.isupper(), w.istitle(), w.title().istitle(), w.upper().isupper(), w.lower().islower())
print("ა".title(), "ა".upper() == "ა".title(), "აბ გდ".title(), "აბ".capitalize())
print("hello world".title(), "HELLO wORLD".capitalize(), "ǅ".istitle(), "ǅa".istitle(), "ǅA".istitle(), "aǅ".istitle())
