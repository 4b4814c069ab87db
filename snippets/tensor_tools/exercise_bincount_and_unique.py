import torch

labels = torch.tensor([3, 1, 3])
print(torch.bincount(labels))
print(torch.unique(labels, return_counts=True))
