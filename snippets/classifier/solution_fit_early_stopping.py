import copy

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split


def fit(model, optimizer, train_loader, x_val, y_val, max_epochs=100, patience=5):
    """Train until the validation loss has not improved for `patience` epochs; keep the best weights."""
    loss_fn = nn.CrossEntropyLoss()
    best_loss, best_epoch, best_state = float("inf"), 0, None
    for epoch in range(1, max_epochs + 1):
        model.train()
        for x_batch, y_batch in train_loader:
            loss = loss_fn(model(x_batch), y_batch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            val_loss = loss_fn(model(x_val), y_val).item()
        if val_loss < best_loss:
            best_loss, best_epoch, best_state = val_loss, epoch, copy.deepcopy(model.state_dict())
        elif epoch - best_epoch >= patience:
            break
    model.load_state_dict(best_state)
    return best_epoch, epoch


torch.set_default_dtype(torch.float64)
digits = load_digits()
x, y = torch.from_numpy(digits.data), torch.from_numpy(digits.target)
splits = random_split(range(len(y)), [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
train_idx, val_idx, test_idx = (split.indices for split in splits)
mean, std = x[train_idx].mean(dim=0), x[train_idx].std(dim=0)
x = (x - mean) / torch.where(std > 0, std, 1.0)
train_loader = DataLoader(TensorDataset(x[train_idx], y[train_idx]), batch_size=64, shuffle=True,
                          generator=torch.Generator().manual_seed(0))

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Dropout(0.5), nn.Linear(128, 10))
optimizer = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.1)
best_epoch, last_epoch = fit(model, optimizer, train_loader, x[val_idx], y[val_idx])
print(f"best epoch {best_epoch}, stopped after epoch {last_epoch}")

model.eval()  # the test split, used once, at the very end
with torch.no_grad():
    correct = (model(x[test_idx]).argmax(dim=1) == y[test_idx]).sum().item()
print(f"test accuracy: {correct}/{len(test_idx)} ({correct / len(test_idx):.1%})")
