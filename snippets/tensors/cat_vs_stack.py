import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])

print("cat: ", torch.cat([a, b]))  # joins along an existing axis
print("stack:")
print(torch.stack([a, b]))  # adds a new axis: one row per input
print("stack, dim=1:")
print(torch.stack([a, b], dim=1))

x = torch.zeros(2, 3)
print("cat of two (2, 3):  ", torch.cat([x, x]).shape)
print("stack of two (2, 3):", torch.stack([x, x]).shape)
