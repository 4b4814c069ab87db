import torch

counts = torch.tensor([[2.0],
                       [4.0],
                       [8.0]])  # 3 documents x 1 word: not square

frequencies = counts / counts.sum(dim=1)  # (3, 1) / (3,): broadcasts to (3, 3)
print("shape:", frequencies.shape)
print(frequencies)
