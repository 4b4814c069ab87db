# raises: RuntimeError
import torch

counts = torch.tensor([1, 2, 3])  # int64
weights = torch.tensor([0.5, 0.25, 0.25])  # float32

print("element-wise promotes:", (counts * weights).sum())
torch.dot(counts, weights)  # products do not promote
