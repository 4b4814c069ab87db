import numpy as np
import torch
from torch import nn

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

x_train_tensor = torch.as_tensor(x_train, dtype=torch.float32)
y_train_tensor = torch.as_tensor(y_train, dtype=torch.float32)
torch.manual_seed(42)
model = nn.Linear(1, 1)

yhat = model(x_train_tensor)
mean_loss = nn.MSELoss()(yhat, y_train_tensor)
sum_loss = nn.MSELoss(reduction="sum")(yhat, y_train_tensor)
print("sum / mean:", round(sum_loss.item() / mean_loss.item(), 4))
