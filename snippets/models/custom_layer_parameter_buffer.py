import torch
from torch import nn


class Standardize(nn.Module):
    """Standardizes each feature with fixed statistics, then scales it by a learned gain."""

    def __init__(self, mean, std):
        super().__init__()
        self.gain = nn.Parameter(torch.ones(len(mean)))  # trained by the optimizer
        self.register_buffer("mean", mean)  # not trained, but saved and moved with the model
        self.register_buffer("std", std)

    def forward(self, x):
        return self.gain * (x - self.mean) / self.std


layer = Standardize(mean=torch.tensor([5.0, 10.0]), std=torch.tensor([2.0, 4.0]))
print("parameters():", [name for name, _ in layer.named_parameters()])
print("buffers():   ", [name for name, _ in layer.named_buffers()])
print("state_dict():", list(layer.state_dict()))
print("requires_grad: gain", layer.gain.requires_grad, "| mean", layer.mean.requires_grad)
print(layer(torch.tensor([[7.0, 6.0]])))

layer.to(torch.float64)  # .to(device) moves the same tensors
print("after .to(torch.float64):", layer.gain.dtype, layer.mean.dtype, layer.std.dtype)
