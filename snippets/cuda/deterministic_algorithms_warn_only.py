import torch

torch.use_deterministic_algorithms(True, warn_only=True)

scores = torch.zeros(5)
scores.put_(torch.tensor([1, 3]), torch.tensor([10.0, 30.0]))  # a warning instead of an error
print(scores)
