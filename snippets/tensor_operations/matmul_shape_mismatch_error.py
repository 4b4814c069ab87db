# raises: RuntimeError
import torch

x = torch.ones(4, 3)       # 4 samples, 3 features
weight = torch.ones(2, 3)  # 2 outputs from 3 inputs, laid out as nn.Linear stores it

x @ weight
