import torch

counts = torch.tensor([[1.0, 1.0, 2.0],
                       [0.0, 3.0, 1.0],
                       [2.0, 2.0, 4.0]])  # 3 documents x 3 words

# Meant: divide each row by its own total. The (3,) totals line up with the columns instead.
frequencies = counts / counts.sum(dim=1)
print("row totals:", counts.sum(dim=1))
print("each row should sum to 1:", frequencies.sum(dim=1))
