import numpy as np
import torch

x_np = np.ones(3, dtype=np.float32)
x = torch.from_numpy(x_np)

print("x.float() is x:  ", x.float() is x)  # already float32: nothing to do, no copy
print("x.double() is x: ", x.double() is x)
print("float() shares:  ", np.shares_memory(x_np, x.float()))
print("double() shares: ", np.shares_memory(x_np, x.double()))
