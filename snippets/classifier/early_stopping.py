import copy

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import random_split

torch.set_default_dtype(torch.float64)
digits = load_digits()
x, y = torch.from_numpy(digits.data), torch.from_numpy(digits.target)
splits = random_split(range(len(y)), [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
train_idx, val_idx, test_idx = (split.indices for split in splits)
mean, std = x[train_idx].mean(dim=0), x[train_idx].std(dim=0)
x = (x - mean) / torch.where(std > 0, std, 1.0)
x_train, y_train = x[train_idx[:200]], y[train_idx[:200]]
x_val, y_val = x[val_idx], y[val_idx]

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

patience = 10  # epochs without a new lowest validation loss before giving up
best_loss, best_epoch, best_state = float("inf"), 0, None
for epoch in range(1, 101):
    model.train()
    loss = loss_fn(model(x_train), y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        val_loss = loss_fn(model(x_val), y_val).item()
    if val_loss < best_loss:
        best_loss, best_epoch = val_loss, epoch
        best_state = copy.deepcopy(model.state_dict())
    elif epoch - best_epoch >= patience:
        print(f"stopped after epoch {epoch}: no improvement since epoch {best_epoch}")
        break

model.load_state_dict(best_state)  # back to the best epoch's weights
model.eval()
with torch.no_grad():
    logits = model(x_val)
print(f"restored epoch {best_epoch}: validation loss {loss_fn(logits, y_val).item():.3f},"
      f" accuracy {(logits.argmax(dim=1) == y_val).sum().item()}/{len(y_val)}")
