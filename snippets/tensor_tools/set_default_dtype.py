import torch

print(torch.get_default_dtype())
print(torch.tensor([1.5]).dtype, torch.zeros(2).dtype, (torch.arange(3) / 2).dtype)

torch.set_default_dtype(torch.float64)
print(torch.tensor([1.5]).dtype, torch.zeros(2).dtype, (torch.arange(3) / 2).dtype)
print(torch.arange(3).dtype)  # integer tensors are not affected
print(torch.nn.Linear(2, 1).weight.dtype)  # new layers' parameters are

torch.set_default_dtype(torch.float32)  # back to the default
