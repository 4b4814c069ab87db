# raises: RuntimeError
import torch

weights = torch.tensor([1.0, 6.0, 3.0])
draws = torch.multinomial(weights, 10)  # replacement=False is the default
