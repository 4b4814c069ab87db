import torch
from sklearn.datasets import load_digits
from torch.utils.data import Dataset, random_split


class Digits(Dataset):
    def __init__(self, features, labels, transform=None):
        self.features, self.labels, self.transform = features, labels, transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        x = self.features[index]
        return (self.transform(x) if self.transform else x), self.labels[index]


digits = load_digits()
x, y = torch.from_numpy(digits.data), torch.from_numpy(digits.target)
splits = random_split(range(len(y)), [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
train_idx, val_idx, test_idx = (split.indices for split in splits)

mean, std = x[train_idx].mean(dim=0), x[train_idx].std(dim=0)
std = torch.where(std > 0, std, 1.0)  # a pixel that never changes is centred, not scaled


def standardise(features):
    return (features - mean) / std


train_set = Digits(x[train_idx], y[train_idx], transform=standardise)
val_set = Digits(x[val_idx], y[val_idx], transform=standardise)  # the training statistics, not its own
x_train = torch.stack([train_set[i][0] for i in range(len(train_set))])
x_val = torch.stack([val_set[i][0] for i in range(len(val_set))])
print("any NaN:", x_train.isnan().any().item())
print("training means all 0:", torch.allclose(x_train.mean(dim=0), torch.zeros(64, dtype=torch.float64)))
print("training stds:", x_train.std(dim=0).round(decimals=6).unique().tolist())  # 0: the constant pixels
val_means = x_val.mean(dim=0)
print(f"validation means: {val_means.min():.3f} to {val_means.max():.3f}")
