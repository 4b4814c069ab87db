import torch
from torchviz import make_dot

x = torch.tensor([1.0, 2.0])
w = torch.tensor([0.5, -1.0], requires_grad=True)
y = torch.sigmoid(w * x).sum()

make_dot(y, params={"w": w}, show_attrs=True, show_saved=True).render(
    "saved_tensors", format="svg"
)
