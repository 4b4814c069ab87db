import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

dataset = TensorDataset(torch.arange(100.0).unsqueeze(1), torch.arange(100) % 2)
train_set, val_set = random_split(dataset, [80, 20], generator=torch.Generator().manual_seed(0))
print("sizes:", len(train_set), len(val_set))

train_indices, val_indices = set(train_set.indices), set(val_set.indices)
print("disjoint:", train_indices.isdisjoint(val_indices), " cover all:", len(train_indices | val_indices) == 100)

train_loader = DataLoader(train_set, batch_size=16, shuffle=True, generator=torch.Generator().manual_seed(0))
val_loader = DataLoader(val_set, batch_size=20)
print("batches:", len(train_loader), len(val_loader))
