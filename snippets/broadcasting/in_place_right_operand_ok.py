import torch

x = torch.zeros(4, 3)
bias = torch.tensor([1.0, 2.0, 3.0])

x += bias  # the right side may broadcast: x keeps its shape (4, 3)
print(x)
