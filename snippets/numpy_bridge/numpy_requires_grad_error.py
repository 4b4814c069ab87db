# raises: RuntimeError
import torch

weights = torch.ones(3, requires_grad=True)
weights.numpy()
