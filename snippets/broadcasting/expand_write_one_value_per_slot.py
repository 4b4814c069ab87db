import torch

bias = torch.zeros(3)
wide = bias.expand(4, 3)

wide[0] = 7.0  # row 0: three elements in three distinct memory slots, so the write is allowed
print(wide)
print("bias:", bias)
