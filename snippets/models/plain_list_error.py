# raises: ValueError
import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4) for _ in range(3)]  # a plain Python list

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Stack()
print("forward works:", model(torch.ones(2, 4)).shape)
print("registered parameters:", len(list(model.parameters())))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
