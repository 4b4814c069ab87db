import torch
from torch import nn


class ManualLinearRegression(nn.Module):
    def __init__(self):
        super().__init__()
        # nn.Parameter registers the tensor: it shows up in parameters() and state_dict()
        self.b = nn.Parameter(torch.randn(1))
        self.w = nn.Parameter(torch.randn(1))

    def forward(self, x):
        return self.b + self.w * x


device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(42)
model = ManualLinearRegression().to(device)  # moves every parameter; they stay leaves
print(model.state_dict())
print("b is a leaf:", model.b.is_leaf)
print("nn.Linear(1, 1) has:", [name for name, _ in nn.Linear(1, 1).named_parameters()])
