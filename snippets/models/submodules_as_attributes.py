import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        # assigning a module to an attribute registers it, and its parameters with it
        self.hidden = nn.Linear(n_in, n_hidden)
        self.out = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


model = MLP(4, 8, 3)
print(model)
for name, param in model.named_parameters():
    print(f"{name:13} {str(tuple(param.shape)):7} requires_grad={param.requires_grad}")
