# raises: RuntimeError
import torch

x = torch.zeros(1, 3)
y = torch.ones(4, 1)
print("x + y:", (x + y).shape)  # fine: a new (4, 3) tensor
x.add_(y)  # x itself cannot grow to (4, 3)
