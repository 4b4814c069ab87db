import numpy as np

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

np.random.seed(42)
b = np.random.randn(1)
w = np.random.randn(1)
lr = 1.0  # ten times larger than before
for epoch in range(100):
    error = (b + w * x_train) - y_train
    b = b - lr * 2 * error.mean()
    w = w - lr * 2 * (x_train * error).mean()

print(f"b = {b[0]:.4g}, w = {w[0]:.4g}")
