import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # created by you: a leaf
y = w * 2                                               # created by an operation

print("w.requires_grad:", w.requires_grad, "| w.is_leaf:", w.is_leaf, "| w.grad_fn:", w.grad_fn)
print("y.requires_grad:", y.requires_grad, "| y.is_leaf:", y.is_leaf, "| y.grad_fn:", y.grad_fn)

x = torch.tensor([1.0, 2.0, 3.0])  # requires_grad defaults to False
print("x.requires_grad:", x.requires_grad, "| x.is_leaf:", x.is_leaf)
print("(x * 2).requires_grad:", (x * 2).requires_grad)
