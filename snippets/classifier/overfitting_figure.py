import matplotlib.pyplot as plt
import numpy as np
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
x_train, y_train = x[train_idx[:200]], y[train_idx[:200]]  # few images, a large model: overfitting
x_val, y_val = x[val_idx], y[val_idx]

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

train_losses, val_losses = [], []
for epoch in range(100):  # full batch: one step per epoch
    model.train()
    loss = loss_fn(model(x_train), y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        logits = model(x_val)
        val_losses.append(loss_fn(logits, y_val).item())
    train_losses.append(loss.item())

best_epoch = val_losses.index(min(val_losses))
print(f"lowest validation loss {val_losses[best_epoch]:.3f} after epoch {best_epoch + 1}")
print(f"after epoch 100: validation loss {val_losses[-1]:.3f}, training loss {train_losses[-1]:.5f},"
      f" accuracy {(logits.argmax(dim=1) == y_val).sum().item()}/{len(y_val)}")
print(f"L2 norm of the parameters: {sum(p.square().sum() for p in model.parameters()).sqrt():.2f}")

fig, ax = plt.subplots(figsize=(6, 3.4), facecolor="white", layout="constrained")
epochs = np.arange(1, 101)
ax.plot(epochs, np.float16(train_losses), label="training")  # float16: the digits the eye can see
ax.plot(epochs, np.float16(val_losses), label="validation")
ax.axvline(best_epoch + 1, color="gray", linestyle=":", label=f"lowest validation loss (epoch {best_epoch + 1})")
ax.set(xlabel="epoch", ylabel="cross-entropy loss", yscale="log")
ax.legend()
plt.show()
