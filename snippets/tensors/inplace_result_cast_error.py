# raises: RuntimeError
import torch

weights = torch.ones(2)  # float32
weights += torch.tensor([0.5, 0.5], dtype=torch.float64)
print("float32 += float64 stays", weights.dtype)  # computed, then cast back to float32

counts = torch.tensor([1, 2])  # int64
counts += 0.5  # a float result cannot be cast back to an integer type
