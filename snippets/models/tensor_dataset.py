import torch
from torch.utils.data import TensorDataset

features = torch.arange(12.0).reshape(6, 2)  # 6 samples, 2 features each
labels = torch.tensor([0, 1, 0, 1, 1, 0])
dataset = TensorDataset(features, labels)  # sample i is (features[i], labels[i])

print("len(dataset):", len(dataset))
print("dataset[1]:", dataset[1])
x, y = dataset[5]
print("x:", x, "y:", y)
