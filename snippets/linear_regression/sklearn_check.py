import numpy as np
from sklearn.linear_model import LinearRegression

np.random.seed(42)
x = np.random.rand(100, 1)
y = 1 + 2 * x + 0.1 * np.random.randn(100, 1)
idx = np.random.permutation(100)
train_idx, val_idx = idx[:80], idx[80:]
x_train, y_train = x[train_idx], y[train_idx]
x_val, y_val = x[val_idx], y[val_idx]

regression = LinearRegression().fit(x_train, y_train)
print("intercept_:", regression.intercept_)
print("coef_:", regression.coef_)
