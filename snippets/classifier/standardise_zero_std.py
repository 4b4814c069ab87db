import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import random_split

digits = load_digits()
x, y = torch.from_numpy(digits.data), torch.from_numpy(digits.target)
splits = random_split(range(len(y)), [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
train_idx, val_idx, test_idx = (split.indices for split in splits)

mean, std = x[train_idx].mean(dim=0), x[train_idx].std(dim=0)  # from the training split only
print("pixels that never change in training:", (std == 0).nonzero().flatten().tolist())
x_train = (x[train_idx] - mean) / std
print("NaN in the training features:", x_train.isnan().sum().item())

torch.manual_seed(0)
model = nn.Linear(64, 10, dtype=torch.float64)
print("loss:", nn.CrossEntropyLoss()(model(x_train), y[train_idx]).item())
