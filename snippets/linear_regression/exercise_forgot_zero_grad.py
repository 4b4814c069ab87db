import numpy as np
import torch

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
b = torch.randn(1, requires_grad=True)
w = torch.randn(1, requires_grad=True)

lr = 0.1
for epoch in range(1000):
    loss = ((b + w * x_train_tensor - y_train_tensor) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        b -= lr * b.grad
        w -= lr * w.grad
    # no b.grad.zero_() and no w.grad.zero_()

print(f"b = {b.item():.4f}, w = {w.item():.4f}, loss = {loss.item():.4f}")
