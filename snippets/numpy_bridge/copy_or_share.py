import numpy as np
import torch

arr = np.arange(3.0)

print("from_numpy:        ", np.shares_memory(arr, torch.from_numpy(arr)))
print("as_tensor:         ", np.shares_memory(arr, torch.as_tensor(arr)))
print("asarray:           ", np.shares_memory(arr, torch.asarray(arr)))
print("tensor:            ", np.shares_memory(arr, torch.tensor(arr)))
print("as_tensor(float32):", np.shares_memory(arr, torch.as_tensor(arr, dtype=torch.float32)))
print("asarray(copy=True):", np.shares_memory(arr, torch.asarray(arr, copy=True)))
