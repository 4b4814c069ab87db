import numpy as np
import torch

arr = np.zeros(3)
t = torch.from_numpy(arr)

arr[0] = 42.0  # change the NumPy array...
print("array: ", arr)
print("tensor:", t)  # ...and the tensor sees it
