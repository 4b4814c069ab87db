import torch
from torchviz import make_dot

x = torch.tensor(3.0, requires_grad=True)
y = x ** 3

(dy_dx,) = torch.autograd.grad(y, x, create_graph=True)
print("dy/dx:", dy_dx)  # 3x², with a grad_fn of its own

make_dot(dy_dx, params={"x": x}).render("double_backward", format="svg")
