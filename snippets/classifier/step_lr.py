import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR

model = nn.Linear(64, 10)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = StepLR(optimizer, step_size=3, gamma=0.5)  # halve the rate every 3 epochs

for epoch in range(8):
    lr = optimizer.param_groups[0]["lr"]
    print(f"epoch {epoch}: lr {lr}")
    # ... the epoch's training steps, each ending in optimizer.step() ...
    optimizer.step()
    scheduler.step()  # once per epoch, after the optimizer's steps
