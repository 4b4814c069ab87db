import torch
from torch import nn
from torchviz import make_dot

torch.manual_seed(0)
layer1 = nn.Linear(3, 4)
layer2 = nn.Linear(4, 1)
x = torch.randn(8, 3)

loss = layer2(layer1(x).clamp(min=0)).pow(2).mean()  # clamp(min=0): a ReLU
params = {
    "layer1.weight": layer1.weight, "layer1.bias": layer1.bias,
    "layer2.weight": layer2.weight, "layer2.bias": layer2.bias,
}
make_dot(loss, params=params).render("mlp", format="svg")
