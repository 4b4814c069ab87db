import torch

ints = torch.tensor([1, 2, 3])
floats = torch.tensor([1.0, 2.0, 3.0])
mixed = torch.tensor([1, 2.5, 3])
flags = torch.tensor([True, False])
table = torch.tensor([[1, 2], [3, 4], [5, 6]])

print(ints, ints.dtype)
print(floats, floats.dtype)
print(mixed, mixed.dtype)
print(flags, flags.dtype)
print("table shape:", table.shape)
