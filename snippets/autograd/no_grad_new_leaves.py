import torch
from torch import nn

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    y = w * 2  # an operation: not recorded
    bias = torch.zeros(2, requires_grad=True)  # a new leaf, asked for explicitly
    layer = nn.Linear(2, 1)  # its parameters are such leaves too

print("y.requires_grad:           ", y.requires_grad)
print("bias.requires_grad:        ", bias.requires_grad)
print("layer.weight.requires_grad:", layer.weight.requires_grad)
