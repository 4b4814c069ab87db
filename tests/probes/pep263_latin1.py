# -*- coding: latin-1 -*-
word = "café"
print(word, len(word), word.encode("utf-8"))
