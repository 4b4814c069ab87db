from torch import nn

model = nn.Sequential(nn.Linear(10, 5), nn.ReLU(), nn.Linear(5, 1))
print(sum(param.numel() for param in model.parameters()))
