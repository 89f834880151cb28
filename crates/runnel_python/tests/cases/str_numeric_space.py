for s in ["一二三", "十", "百千万億", "零", "〇", "壹貳", "兆", "廿", "5五", "Ⅻ", "½", "²", "٣", "一a", "", "七十七"]:
    print(repr(s), s.isnumeric(), s.isdigit(), s.isdecimal(), s.isalpha(), s.isalnum())
for s in [" \t\n", "\x1c\x1d\x1e\x1f", "\x85\xa0\u2028\u3000", "\u200b", "a b"]:
    print(repr(s), s.isspace(), s.split(), len(s.strip()))
