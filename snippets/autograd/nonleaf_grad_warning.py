import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = w * 3
loss = (hidden ** 2).sum()
loss.backward()

print("w.grad:", w.grad)
print("hidden.grad:", hidden.grad)  # a non-leaf: its gradient was not kept
