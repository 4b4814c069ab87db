import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
loss = (w ** 2).sum() + 3 * b

grad_w, grad_b = torch.autograd.grad(loss, [w, b])  # returned, not stored
print("grad_w:", grad_w, "| grad_b:", grad_b)
print("w.grad:", w.grad, "| b.grad:", b.grad)
