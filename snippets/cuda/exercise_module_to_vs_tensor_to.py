import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Linear(3, 1)
x = torch.ones(2, 3)
model.to(device)  # result not assigned
x.to(device)  # result not assigned
print("model:", model.weight.device)
print("x:", x.device)
