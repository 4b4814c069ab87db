import numpy as np
import torch
from sklearn.linear_model import LinearRegression
from torch import nn, optim

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]
lr, epochs = 0.1, 1000
results = {}

# 1. NumPy, hand-written gradients
np.random.seed(42)
b, w = np.random.randn(1), np.random.randn(1)
for epoch in range(epochs):
    error = (b + w * x_train) - y_train
    b, w = b - lr * 2 * error.mean(), w - lr * 2 * (x_train * error).mean()
results["NumPy GD"] = (b[0], w[0])

# 2. scikit-learn, closed form
regression = LinearRegression().fit(x_train, y_train)
results["scikit-learn"] = (regression.intercept_[0], regression.coef_[0, 0])

# 3. autograd, update under no_grad()
device = "cuda" if torch.cuda.is_available() else "cpu"
x_train_tensor = torch.as_tensor(x_train, dtype=torch.float32, device=device)
y_train_tensor = torch.as_tensor(y_train, dtype=torch.float32, device=device)
torch.manual_seed(42)
b = torch.randn(1, requires_grad=True, device=device)
w = torch.randn(1, requires_grad=True, device=device)
for epoch in range(epochs):
    loss = ((b + w * x_train_tensor - y_train_tensor) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        b -= lr * b.grad
        w -= lr * w.grad
    b.grad.zero_()
    w.grad.zero_()
results["autograd"] = (b.item(), w.item())

# 4. nn.Module, nn.MSELoss and optim.SGD
torch.manual_seed(42)
model = nn.Linear(1, 1).to(device)
loss_fn = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=lr)
for epoch in range(epochs):
    loss_fn(model(x_train_tensor), y_train_tensor).backward()
    optimizer.step()
    optimizer.zero_grad()
results["nn.Module + SGD"] = (model.bias.item(), model.weight.item())

print(f"{'method':<16} {'b':>10} {'w':>10}")
for method, (b, w) in results.items():
    print(f"{method:<16} {b:10.8f} {w:10.8f}")
