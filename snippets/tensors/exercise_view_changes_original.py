import torch

a = torch.arange(6)
b = a.view(2, 3)
b[1] = 0
print(a)
