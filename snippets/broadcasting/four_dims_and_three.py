import torch

x = torch.ones(5, 1, 4, 1)
y = torch.ones(3, 1, 1)  # aligned from the right: it acts like (1, 3, 1, 1)

print("x + y:", (x + y).shape)
print("broadcast_shapes:", torch.broadcast_shapes(x.shape, y.shape))
