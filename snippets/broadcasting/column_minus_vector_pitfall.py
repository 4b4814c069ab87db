import torch

y_pred = torch.tensor([[1.0], [2.0], [3.0], [4.0]])  # (4, 1): what a model with one output returns
y = torch.tensor([1.0, 2.0, 3.0, 4.0])  # (4,): targets loaded as a flat vector

error = y_pred - y  # no error, no warning
print("shape:", error.shape)
print("MSE:  ", (error ** 2).mean().item())  # should be 0: the predictions are perfect
