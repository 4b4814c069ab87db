import torch

a = torch.tensor([1.5])  # shape (1,)
b = torch.tensor([2.5])
print(torch.tensor([a, b]).shape)
print(torch.stack([a, b]).shape)
