# raises: RuntimeError
import torch

A = torch.ones(2, 3)
B = torch.ones(3, 4)

A * B  # * is element-wise: it tries to broadcast (2, 3) with (3, 4)
