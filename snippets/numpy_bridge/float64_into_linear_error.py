# raises: RuntimeError
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)  # float32 parameters

x_train = torch.from_numpy(np.ones((4, 3)))
print("x_train:", x_train.dtype)
model(x_train)
