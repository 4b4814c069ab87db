import torch

scale = torch.tensor(0.5)  # 0-dim: shape ()
x = torch.ones(2, 3)

print("scale.shape:", scale.shape, "ndim:", scale.ndim)
print("result:", (x * scale).shape)
print("one element, 3 dims:", (x * torch.ones(1, 1, 1)).shape)  # size-1 dims add dims
