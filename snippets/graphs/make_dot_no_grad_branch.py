import torch
from torchviz import make_dot

w = torch.tensor([1.0, 2.0], requires_grad=True)

scale = w.norm()
loss = (w * scale - w ** 2).sum()
make_dot(loss, params={"w": w}).render("with_branches", format="svg")

with torch.no_grad():
    scale = w.norm()  # a constant now: no node records how it was made
baseline = w.detach() ** 2  # same: cut from the graph
loss = (w * scale - baseline).sum()
make_dot(loss, params={"w": w}).render("branches_cut", format="svg")
