import torch
from torchviz import make_dot

torch.manual_seed(0)
x = torch.randn(8, 3)  # data: does not require grad
y = torch.randn(8, 1)
w = torch.randn(3, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

y_pred = x @ w + b
loss = ((y_pred - y) ** 2).mean()

make_dot(loss, params={"w": w, "b": b}).render("linear_loss", format="svg")
