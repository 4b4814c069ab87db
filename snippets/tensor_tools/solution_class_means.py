import torch

torch.manual_seed(0)
features = torch.randn(10, 3)  # 10 samples, 3 features
labels = torch.tensor([0, 1, 2, 1, 0, 2, 2, 1, 0, 2])
num_classes = 3

sums = torch.zeros(num_classes, 3).index_add_(0, labels, features)
counts = torch.bincount(labels, minlength=num_classes)
means = sums / counts[:, None]  # (3, 3) / (3, 1): one count per row
print(counts)
print(means)

by_mask = torch.stack([features[labels == k].mean(dim=0) for k in range(num_classes)])
print(torch.allclose(means, by_mask))
