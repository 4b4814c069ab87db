import numpy as np
import torch

arr = np.zeros(3)
t = torch.from_numpy(arr)

t.add_(1)  # change the tensor in place...
print("tensor:", t)
print("array: ", arr)  # ...and the array sees it
