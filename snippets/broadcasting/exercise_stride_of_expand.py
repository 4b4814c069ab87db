import torch

x = torch.arange(3.0).reshape(3, 1)
wide = x.expand(3, 4)
print("stride:", wide.stride())
x[2, 0] = -1.0
print(wide[2])
