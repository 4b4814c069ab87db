import torch

a = torch.ones(2, 1, 3)
b = torch.ones(4, 1)
print((a * b).shape)
