import torch
from torch.utils.data import DataLoader, TensorDataset

features = torch.arange(20.0).reshape(10, 2)  # 10 samples, 2 features each
labels = torch.arange(10) % 2
loader = DataLoader(TensorDataset(features, labels), batch_size=4)

print("batches per epoch:", len(loader))
for x_batch, y_batch in loader:
    print("x:", tuple(x_batch.shape), "y:", y_batch)
