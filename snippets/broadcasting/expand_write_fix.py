import torch

wide = torch.zeros(3).expand(4, 3).clone()  # clone() allocates 12 real slots
wide.add_(1.0)
print("stride:", wide.stride())
print(wide)
