# raises: RuntimeError
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(3, 4)
        self.out = nn.Linear(4, 2)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


torch.save(MLP().state_dict(), "mlp.pt")

# the same layers, rewritten as a Sequential: the names are now 0.* and 2.*
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
model.load_state_dict(torch.load("mlp.pt"))
