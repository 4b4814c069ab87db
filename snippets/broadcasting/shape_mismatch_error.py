# raises: RuntimeError
import torch

x = torch.ones(5, 2, 4, 1)
y = torch.ones(3, 1, 1)  # from the right: 1 vs 1, 1 vs 4, 3 vs 2 -> mismatch
x + y
