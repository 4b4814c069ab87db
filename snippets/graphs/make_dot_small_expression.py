import torch
from torchviz import make_dot

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([0.5, -1.0], requires_grad=True)
y = (w * x).sum()

make_dot(y).render("small_expression", format="svg")
