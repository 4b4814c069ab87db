import numpy as np
import torch

arr = np.ones(2)
t = torch.from_numpy(arr)

arr += 1
arr = arr * 10
print(t)
