import torch
from torchviz import make_dot

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)

y = (a * b).sum()
print("y:", y)
make_dot(y, params={"a": a, "b": b}).render("tensor_graph", format="svg")
