# str.casefold against lower(): full case folding (ß, ﬁ, final sigma, Cherokee, Greek
# symbols), and caseless comparisons.
words = ["Straße", "STRASSE", "ﬁle", "FILE", "ΣΊΣΥΦΟΣ", "ꭰꭱ", "ᏸᏹ", "ŉ", "ǰ", "ϐϑϕϖϰϱϵ", "µ", "İstanbul", "ẞ", "Ω", "ﬀ"]
for w in words:
    print(w, w.lower(), w.casefold(), len(w.casefold()), w.casefold() == w.lower())
print("ß".casefold() == "SS".casefold(), "Straße".casefold() == "STRASSE".casefold())
