import numpy as np
import torch

x_np = np.arange(3.0)
x = torch.from_numpy(x_np).float()

x.numpy()[0] = 100
print("x_np:", x_np)
print("x:   ", x)
