import torch
from torch import nn
from torchviz import make_dot

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
x = torch.randn(8, 3)

loss = model(x).pow(2).mean()
make_dot(loss, params=dict(model.named_parameters())).render("mlp", format="svg")
