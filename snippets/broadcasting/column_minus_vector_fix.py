import torch

y_pred = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
y = torch.tensor([1.0, 2.0, 3.0, 4.0])

error = y_pred.squeeze(1) - y  # or y.unsqueeze(1): make the shapes equal on purpose
assert error.shape == y.shape, error.shape
print("shape:", error.shape)
print("MSE:  ", (error ** 2).mean().item())
