import torch
from torch.func import jacrev, jvp, vjp


def f(x):  # 3 inputs, 2 outputs
    return torch.stack([x[0] * x[1], x[1] + torch.sin(x[2])])


x = torch.tensor([1.0, 2.0, 0.0])
print("Jacobian, 2 x 3:")
print(jacrev(f)(x))

# Forward mode pushes a direction v in input space forward, and gives J @ v.
_, column = jvp(f, (x,), (torch.tensor([1.0, 0.0, 0.0]),))
print("jvp with v = e1 (column 1):", column)

# Reverse mode pulls a direction u in output space back, and gives u @ J.
_, pullback = vjp(f, x)
(row,) = pullback(torch.tensor([1.0, 0.0]))
print("vjp with u = e1 (row 1):   ", row)
