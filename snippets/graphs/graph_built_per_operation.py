import torch

x = torch.tensor(2.0, requires_grad=True)
print("x.grad_fn:", x.grad_fn)

a = x * 3        # each operation runs now and appends one node
print("a.grad_fn:", a.grad_fn)

b = a.exp()
print("b.grad_fn:", b.grad_fn)

c = b + x
print("c.grad_fn:", c.grad_fn)
print("c:", c)
