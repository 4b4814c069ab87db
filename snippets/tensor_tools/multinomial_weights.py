import torch

torch.manual_seed(0)
weights = torch.tensor([1.0, 6.0, 3.0])  # need not sum to 1: they are normalized

print(torch.multinomial(weights, 10, replacement=True))  # 10 draws of a class index
print(torch.multinomial(weights, 3))  # without replacement: each index at most once

probs = torch.tensor([[0.9, 0.1, 0.0],
                      [0.0, 0.0, 1.0]])  # one distribution per row
print(torch.multinomial(probs, 1))  # one draw per row; a weight of 0 is never drawn
