import torch

weights = torch.zeros(3)
alias = weights  # a second name for the same tensor, not a copy

weights += 1
print("after weights += 1:          alias =", alias)

weights = weights + 1
print("after weights = weights + 1: alias =", alias, " weights =", weights)
