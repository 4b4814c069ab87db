import torch

no_rows = torch.ones(0, 3)  # a batch with zero samples
bias = torch.ones(3)

print("(0, 3) + (3,):  ", (no_rows + bias).shape)
print("(0, 3) + (1, 1):", (no_rows + torch.ones(1, 1)).shape)  # 1 stretches to 0
print("broadcast_shapes((0,), (1,)):", torch.broadcast_shapes((0,), (1,)))
