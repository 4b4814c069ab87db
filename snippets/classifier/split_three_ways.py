import torch
from sklearn.datasets import load_digits
from torch.utils.data import random_split

digits = load_digits()
y = torch.from_numpy(digits.target)

splits = random_split(range(len(y)), [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
train_idx, val_idx, test_idx = (split.indices for split in splits)
print("sizes:", len(train_idx), len(val_idx), len(test_idx))
print("first training images:", train_idx[:6])

again = random_split(range(len(y)), [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
print("the same split with the same seed:", again[0].indices == train_idx)
print("no image in two splits:", set(train_idx).isdisjoint(val_idx) and set(train_idx).isdisjoint(test_idx)
      and set(val_idx).isdisjoint(test_idx))
for name, idx in (("train", train_idx), ("val", val_idx), ("test", test_idx)):
    print(f"{name:5} images per class:", torch.bincount(y[idx]).tolist())
