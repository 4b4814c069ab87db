import numpy as np
import torch

features = np.array([[1.0, 200.0], [2.0, 400.0], [3.0, 600.0]])  # float64, as read from a CSV

x = torch.tensor(features, dtype=torch.float32)  # float32, in memory of its own
x.sub_(x.mean(dim=0)).div_(x.std(dim=0))  # standardize each column in place
print(x)
print("features[0] untouched:", features[0])
print("shares memory:", np.shares_memory(features, x))
