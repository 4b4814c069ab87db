import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 2
y_detached = y.detach()

print("y_detached:", y_detached)
print("requires_grad:", y_detached.requires_grad, "| is_leaf:", y_detached.is_leaf)
print("shares memory with y:", y_detached.data_ptr() == y.data_ptr())
