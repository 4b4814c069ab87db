import torch

x = torch.tensor([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
y = x.sqrt() ** 2  # on paper, y is x

print("y == x:  ", y == x)
print("largest difference:", (y - x).abs().max().item())
print("isclose: ", torch.isclose(y, x))
print("allclose:", torch.allclose(y, x))
