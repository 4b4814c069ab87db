import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = w * 3
hidden.register_hook(lambda grad: print("gradient reaching hidden:", grad))
w.register_hook(lambda grad: grad.clamp(max=5.0))  # a returned tensor replaces the gradient

loss = (hidden ** 2).sum()
loss.backward()
print("w.grad (clamped):", w.grad)
