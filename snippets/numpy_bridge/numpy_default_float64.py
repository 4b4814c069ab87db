import numpy as np
import torch

x = torch.from_numpy(np.ones(3))  # NumPy's default float type is float64
weights = torch.ones(3)  # PyTorch's default is float32

print("x:          ", x.dtype)
print("weights:    ", weights.dtype)
print("x * weights:", (x * weights).dtype)  # promotion: everything downstream is float64 too
