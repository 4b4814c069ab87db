import torch

x = torch.zeros(4, 5)
print(torch.cat([x, x, x], dim=1).shape)
print(torch.stack([x, x, x], dim=1).shape)
