import numpy as np
import torch

arr = np.zeros(3, dtype=np.float32)
a = torch.as_tensor(arr)
b = torch.as_tensor(arr, dtype=torch.float64)

arr[:] = 5
print("a:", a)
print("b:", b)
