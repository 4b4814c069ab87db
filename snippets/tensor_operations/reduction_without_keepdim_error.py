# raises: RuntimeError
import torch

counts = torch.tensor([[1.0, 1.0, 2.0],
                       [0.0, 3.0, 1.0]])  # 2 documents x 3 words

totals = counts.sum(dim=1)  # (2,): aligned from the right, it faces the 3 words
print("totals shape:", totals.shape)
counts / totals  # meant: divide each row by its own total
