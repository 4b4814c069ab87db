import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    y = w * 2  # computed, but not recorded

print("y:", y)
print("y.requires_grad:", y.requires_grad, "| y.grad_fn:", y.grad_fn)
print("outside the block, (w * 2).requires_grad:", (w * 2).requires_grad)
