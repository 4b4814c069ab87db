import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)

x_np = np.ones((4, 3))
x_train = torch.from_numpy(x_np).float()  # float64 -> float32 makes a new tensor

print("x_train:", x_train.dtype)
print("output: ", model(x_train).shape)
print("shares memory with x_np:", np.shares_memory(x_np, x_train))
