import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = w * 3
hidden.retain_grad()  # ask autograd to keep this non-leaf's gradient
loss = (hidden ** 2).sum()
loss.backward()

print("hidden.grad:", hidden.grad)  # d loss / d hidden = 2 * hidden
print("w.grad:     ", w.grad)       # = hidden.grad * 3
