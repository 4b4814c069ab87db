import numpy as np

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

print("x_train:", x_train.shape, "y_train:", y_train.shape)
print("x_val:  ", x_val.shape, "y_val:  ", y_val.shape)
print("first training point:", x_train[0].round(4), y_train[0].round(4))
