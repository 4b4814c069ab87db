import matplotlib.pyplot as plt
import numpy as np

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

fig, (ax_train, ax_val) = plt.subplots(
    1, 2, figsize=(9, 3.5), sharey=True, facecolor="white", layout="constrained"
)
ax_train.scatter(x_train, y_train)
ax_train.set(title="Training set (80 points)", xlabel="x", ylabel="y")
ax_val.scatter(x_val, y_val, color="tab:red")
ax_val.set(title="Validation set (20 points)", xlabel="x")
plt.show()
