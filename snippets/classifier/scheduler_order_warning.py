import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR

model = nn.Linear(64, 10)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = StepLR(optimizer, step_size=3, gamma=0.5)

lrs = []
for epoch in range(8):
    scheduler.step()  # too early: before any optimizer.step()
    lrs.append(optimizer.param_groups[0]["lr"])
    optimizer.step()
print(lrs)
