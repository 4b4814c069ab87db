import numpy as np
import torch
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

device = "cuda" if torch.cuda.is_available() else "cpu"
x_train_tensor = torch.as_tensor(x_train, dtype=torch.float32)
y_train_tensor = torch.as_tensor(y_train, dtype=torch.float32)

torch.manual_seed(42)  # also seeds the DataLoader's shuffling
model = nn.Linear(1, 1).to(device)
loss_fn = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)
loader = DataLoader(TensorDataset(x_train_tensor, y_train_tensor), batch_size=16, shuffle=True)

for epoch in range(200):  # 5 mini-batches per epoch: 1000 updates in all
    for x_batch, y_batch in loader:
        x_batch, y_batch = x_batch.to(device), y_batch.to(device)  # one mini-batch at a time
        loss = loss_fn(model(x_batch), y_batch)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()

print(f"b = {model.bias.item():.4f}, w = {model.weight.item():.4f}")
