import torch

torch.use_deterministic_algorithms(True)

counts = torch.zeros(3)
counts.put_(torch.tensor([0, 2, 2]), torch.ones(3), accumulate=True)  # index 2 appears twice
print(counts)
