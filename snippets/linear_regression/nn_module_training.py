import matplotlib.pyplot as plt
import numpy as np
import torch
from torch import nn, optim

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
x_val_tensor = torch.as_tensor(x_val, dtype=torch.float32, device=device)
y_val_tensor = torch.as_tensor(y_val, dtype=torch.float32, device=device)

torch.manual_seed(42)
model = nn.Linear(1, 1).to(device)  # move the model first, then build the optimizer
loss_fn = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)
torch.set_printoptions(precision=8)
print("start:", model.state_dict())

train_losses, val_losses = [], []
for epoch in range(1000):
    loss = loss_fn(model(x_train_tensor), y_train_tensor)
    loss.backward()
    optimizer.step()  # the no_grad() update, for every parameter
    optimizer.zero_grad()  # reset the gradients for the next epoch
    train_losses.append(loss.item())
    with torch.no_grad():
        val_losses.append(loss_fn(model(x_val_tensor), y_val_tensor).item())

print("fit:  ", model.state_dict())
print(f"final losses: train {train_losses[-1]:.4f}, validation {val_losses[-1]:.4f}")

fig, (ax_loss, ax_fit) = plt.subplots(
    1, 2, figsize=(9, 3.5), facecolor="white", layout="constrained"
)
# Drawn to float16's three digits: the last bits of a float32 loss depend on the order a CPU sums in.
ax_loss.plot(np.float16(train_losses), label="training")
ax_loss.plot(np.float16(val_losses), label="validation")
ax_loss.set(title="Losses", xlabel="epoch", ylabel="MSE", yscale="log")
ax_loss.legend()
ax_fit.scatter(x_train, y_train, label="training")
ax_fit.scatter(x_val, y_val, color="tab:red", label="validation")
b, w = model.bias.item(), model.weight.item()
ax_fit.plot([0, 1], [b, b + w], color="black", label=f"y = {b:.2f} + {w:.2f}x")
ax_fit.set(title="Fitted line", xlabel="x", ylabel="y")
ax_fit.legend()
plt.show()
