# raises: RuntimeError
import torch

counts = torch.tensor([1, 2, 3, 4])
print("dtype:", counts.dtype)
print("sum works:", counts.sum())
counts.mean()
