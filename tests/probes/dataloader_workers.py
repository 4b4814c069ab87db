import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(8.0), torch.arange(8) % 2)
loader = DataLoader(dataset, batch_size=4, num_workers=2)
for features, labels in loader:
    print(features, labels)
print(torch.utils.data.get_worker_info())
