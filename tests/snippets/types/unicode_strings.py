s = "naïve café — 日本語 😀"
print(s, len(s))
print([c for c in s if ord(c) > 127])
print(s.upper(), s.encode("utf-8")[:12])
print("日本語"[1], "😀" * 3, "é" == "e\u0301", len("e\u0301"))
import unicodedata
print(unicodedata.name("é"), unicodedata.normalize("NFC", "e\u0301") == "é")
print(sorted(["é", "e", "z", "a"]), "é" > "z")
print(repr("\u200b"), "\u00a0".isspace(), "Ⅻ".isnumeric())
