import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Linear(8, 3),
)
print(model)

x = torch.randn(5, 4)  # a batch of 5 samples, 4 features each
print("output shape:", model(x).shape)
print("model[0] is", model[0])
