import numpy as np
import torch

arr = np.zeros(3)
t = torch.from_numpy(arr)

arr = arr + 1  # a new array bound to the old name; t keeps the old memory
print("array: ", arr)
print("tensor:", t)
