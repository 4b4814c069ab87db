import numpy as np
import torch

arr = np.arange(5)

t = torch.from_numpy(arr[::-1].copy())  # a fresh array with positive strides
print("copy: ", t)
print("flip: ", torch.flip(torch.from_numpy(arr), dims=[0]))  # or reverse on the torch side
