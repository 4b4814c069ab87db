import numpy as np
import torch

arr = np.zeros(3)
shared = torch.as_tensor(arr)
copied = torch.tensor(arr)

arr[0] = 42.0
print("as_tensor:", shared)
print("tensor:   ", copied)
