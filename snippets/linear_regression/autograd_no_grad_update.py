import numpy as np
import torch

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

device = "cuda" if torch.cuda.is_available() else "cpu"
x_train_tensor = torch.as_tensor(x_train, dtype=torch.float32, device=device)
y_train_tensor = torch.as_tensor(y_train, dtype=torch.float32, device=device)

torch.manual_seed(42)
b = torch.randn(1, requires_grad=True, device=device)
w = torch.randn(1, requires_grad=True, device=device)
torch.set_printoptions(precision=8)  # as many decimals as NumPy prints
print("start:", b, w)

lr = 0.1
for epoch in range(1000):
    loss = ((b + w * x_train_tensor - y_train_tensor) ** 2).mean()
    loss.backward()
    with torch.no_grad():  # an update step is not part of the model
        b -= lr * b.grad
        w -= lr * w.grad
    b.grad.zero_()  # otherwise the next backward() adds to these gradients
    w.grad.zero_()

print("fit:  ", b, w)
print("still leaves:", b.is_leaf, w.is_leaf)
