import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():  # no_grad makes normal tensors that autograd may save
    x = torch.tensor([3.0, 4.0]) * 2

loss = (w * x).sum()
loss.backward()
print("w.grad:", w.grad)
