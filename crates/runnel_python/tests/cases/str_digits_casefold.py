# str.isdecimal/isdigit/isnumeric over Unicode digits (Nd, superscripts, fractions,
# circled numbers), and casefold's full case folding (ß, ﬁ, final sigma, Cherokee).
samples = ["123", "٣٤", "०९", "²", "³¹", "½", "①", "Ⅻ", "1.5", "", "12a", "𝟘𝟙", "₀", "⑩", "߀"]
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
for s in ["Straße", "ﬁnance", "ΣΑΣ", "ς", "İstanbul", "ŉ", "ᏸ", "µ", "ǰ", "Hello WORLD"]:
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())
print("STRASSE".casefold() == "Straße".casefold(), sorted(["b", "Ä", "a", "ß"], key=str.casefold))
print(int("٣٤") + 1, float("१.५"))
