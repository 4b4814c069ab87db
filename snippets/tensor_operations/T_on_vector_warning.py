import torch

v = torch.tensor([1.0, 2.0, 3.0])

print("v.T:           ", v.T.shape)           # not a column: v itself, and a warning
print("v.unsqueeze(1):", v.unsqueeze(1).shape)  # the column you meant
