import numpy as np

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

np.random.seed(42)  # restart the generator: the same starting point whatever came before
b = np.random.randn(1)  # random starting point
w = np.random.randn(1)
print("start:", b, w)

lr = 0.1
for epoch in range(1000):
    error = (b + w * x_train) - y_train
    b_grad = 2 * error.mean()  # dL/db of the mean squared error
    w_grad = 2 * (x_train * error).mean()  # dL/dw
    b = b - lr * b_grad
    w = w - lr * w_grad

print("fit:  ", b, w)
print("w in full:", w.item())  # a Python float: every digit it takes to identify the float64
