import torch

weights = torch.ones(3, requires_grad=True)

copy = torch.tensor(weights)  # works, but warns: this is not the way to copy a tensor
print("copy:", copy, " requires_grad:", copy.requires_grad)
