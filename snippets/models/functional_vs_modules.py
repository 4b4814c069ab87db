import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 4)

# no parameters: the module only calls the function
print("F.relu == nn.ReLU():", torch.equal(F.relu(x), nn.ReLU()(x)))

# parameters: the module holds them, the function takes them as arguments
layer = nn.Linear(4, 3)
print("F.linear == nn.Linear:", torch.equal(F.linear(x, layer.weight, layer.bias), layer(x)))
print("parameters held: nn.ReLU", len(list(nn.ReLU().parameters())), "| nn.Linear", len(list(layer.parameters())))
