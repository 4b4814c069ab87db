import torch

x = torch.ones(4, 3)
weight = torch.ones(2, 3)

y = x @ weight.T  # (4, 3) @ (3, 2) -> (4, 2)
print("x @ weight.T:", y.shape)
print("what nn.Linear computes:", torch.equal(y, torch.nn.functional.linear(x, weight)))
