import torch

counts = torch.tensor([[1.0, 1.0, 2.0],
                       [0.0, 3.0, 1.0],
                       [2.0, 2.0, 4.0]])

totals = counts.sum(dim=1, keepdim=True)  # (3, 1): one total per row, as a column
frequencies = counts / totals
print("totals shape:", totals.shape)
print("each row sums to 1:", frequencies.sum(dim=1))
