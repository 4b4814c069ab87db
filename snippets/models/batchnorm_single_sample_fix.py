import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
model(torch.randn(8, 3))

model.eval()  # switches every submodule, however deeply nested
print("training flags:", [module.training for module in model.modules()])
one_sample = torch.randn(1, 3)
with torch.no_grad():
    print("prediction shape:", model(one_sample).shape)
model.train()  # back to training mode before the next training step
print("training flags:", [module.training for module in model.modules()])
