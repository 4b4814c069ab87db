import torch

torch.manual_seed(0)
p = torch.tensor([0.0, 0.25, 0.5, 1.0])  # one probability per element

flips = torch.bernoulli(p.expand(6, 4))  # 6 rows of 4 coins
print(flips)
print(flips.dtype)  # the dtype of the probabilities, not bool

many = torch.bernoulli(p.expand(10000, 4))
print("fraction of ones per column:", many.mean(dim=0))
