import torch

vocab_size = 5
sentences = torch.tensor([[1, 3, 3, 0],
                          [2, 2, 2, 4]])  # word ids, one row per sentence

counts = torch.zeros(2, vocab_size, dtype=torch.int64)
counts.scatter_add_(1, sentences, torch.ones_like(sentences))
print(counts)  # counts[i, w]: how often word w occurs in sentence i
