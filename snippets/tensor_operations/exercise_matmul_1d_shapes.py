import torch

v = torch.ones(3)
M = torch.ones(3, 4)

print((v @ M).shape)
print((M.T @ v).shape)
print((v @ v).shape)
