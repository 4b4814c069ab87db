import torch

steps = 4
future = torch.triu(torch.ones(steps, steps, dtype=torch.bool), diagonal=1)
print(future)  # True above the diagonal: position j > i is in i's future
print(torch.tril(torch.ones(steps, steps)))  # the allowed part, diagonal included

scores = torch.zeros(steps, steps)  # equal scores, to see the mask alone
weights = scores.masked_fill(future, float("-inf")).softmax(dim=1)
print(weights)
