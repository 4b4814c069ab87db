import torch

y_pred = torch.zeros(3, 1)
y = torch.tensor([1.0, 2.0, 3.0])

error = y_pred - y
print("shape:", error.shape)
print("mean absolute error:", error.abs().mean().item())
