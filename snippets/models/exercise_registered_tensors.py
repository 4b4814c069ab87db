import torch
from torch import nn


class Shift(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(3))
        self.register_buffer("offset", torch.zeros(3))
        self.mask = torch.ones(3)

    def forward(self, x):
        return self.scale * x * self.mask + self.offset


layer = Shift().to(torch.float64)
print(list(layer.state_dict()))
print(layer.scale.dtype, layer.offset.dtype, layer.mask.dtype)
