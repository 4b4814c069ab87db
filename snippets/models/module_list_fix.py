import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(4, 4) for _ in range(3))  # registers each layer

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Stack()
print("registered parameters:", len(list(model.parameters())))
print([name for name, _ in model.named_parameters()])
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print("the optimizer holds", sum(len(group["params"]) for group in optimizer.param_groups), "tensors")
