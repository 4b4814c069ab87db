import torch

bias = torch.zeros(3)
wide = bias.expand(4, 3)

wide[0] = 7.0  # one value per memory slot: allowed, and every row shows it
print(wide)
print("bias:", bias)
