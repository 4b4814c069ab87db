import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(42)
b = torch.randn(1, requires_grad=True, device=device)  # born on the device: a leaf
print("is_leaf:", b.is_leaf, "grad_fn:", b.grad_fn)

loss = (2 * b).sum()
loss.backward()
print("b.grad:", b.grad)
