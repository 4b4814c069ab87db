import torch

a = torch.ones(2)
b = a
a += 1
a = a * 10
print("a:", a)
print("b:", b)
