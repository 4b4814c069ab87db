import torch

torch.manual_seed(0)  # rand and randn print the same numbers on every run

print(torch.zeros(2, 3))
print(torch.ones(2, 3, dtype=torch.int64))
print(torch.full((2, 3), 7.0))
print(torch.arange(5))
print(torch.arange(0, 1, 0.25))
print(torch.rand(2, 3))   # uniform on [0, 1)
print(torch.randn(2, 3))  # standard normal
