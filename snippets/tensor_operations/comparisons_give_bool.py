import torch

scores = torch.tensor([0.2, 0.9, 0.5, 0.7, 0.4])

passed = scores > 0.6
print(passed, passed.dtype)
print("how many passed:", passed.sum().item())  # True counts as 1
print("fraction passed:", passed.float().mean())
print("passing scores: ", scores[passed])
