# raises: ValueError
import numpy as np
import torch

arr = np.arange(5)
reversed_arr = arr[::-1]  # a view that walks memory backwards
print("strides:", reversed_arr.strides)
torch.from_numpy(reversed_arr)
