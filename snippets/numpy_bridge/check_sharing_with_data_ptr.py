import numpy as np
import torch

arr = np.arange(6.0)
t = torch.from_numpy(arr)
tail = t[3:]

print("t starts where arr starts:   ", t.data_ptr() == arr.ctypes.data)
print("tail starts where arr starts:", tail.data_ptr() == arr.ctypes.data)
print("tail, same storage as t:     ", tail.untyped_storage().data_ptr() == t.untyped_storage().data_ptr())
print("tail shares memory with arr: ", np.shares_memory(arr, tail))
print("clone shares memory with arr:", np.shares_memory(arr, t.clone()))
