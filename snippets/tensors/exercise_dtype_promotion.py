import torch

counts = torch.tensor([3, 4])
print((counts * 2).dtype)
print((counts / 2).dtype)
print((counts + torch.tensor([0.5], dtype=torch.float64)).dtype)
