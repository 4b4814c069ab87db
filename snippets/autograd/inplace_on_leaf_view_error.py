# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

w[0] = 0.0  # indexing assignment is an in-place op on the view w[0]
