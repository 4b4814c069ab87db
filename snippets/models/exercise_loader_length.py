import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(10))
print(len(DataLoader(dataset, batch_size=3)))
print(len(DataLoader(dataset, batch_size=3, drop_last=True)))
print([len(batch) for (batch,) in DataLoader(dataset, batch_size=3)])
