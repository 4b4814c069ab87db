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
x_train_tensor = torch.as_tensor(x_train, device=device)  # float64, like the NumPy arrays
y_train_tensor = torch.as_tensor(y_train, device=device)

np.random.seed(42)  # NumPy's starting point, as in Way 1
b = torch.tensor(np.random.randn(1), requires_grad=True, device=device)
w = torch.tensor(np.random.randn(1), requires_grad=True, device=device)
print("start:", b.numpy(force=True), w.numpy(force=True))  # printed the NumPy way

lr = 0.1
for epoch in range(1000):
    loss = ((b + w * x_train_tensor - y_train_tensor) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        b -= lr * b.grad
        w -= lr * w.grad
    b.grad.zero_()
    w.grad.zero_()

print("fit:  ", b.numpy(force=True), w.numpy(force=True))
print("w in full:", w.item())  # compare with Way 1, digit for digit
