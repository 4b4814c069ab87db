word = "naïve"
print(word, len(word))
