import torch
from torch import nn
from torch.optim.lr_scheduler import OneCycleLR

model = nn.Linear(64, 10)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
epochs, batches_per_epoch = 3, 4
scheduler = OneCycleLR(optimizer, max_lr=1.0, epochs=epochs, steps_per_epoch=batches_per_epoch)

for epoch in range(epochs):
    lrs, momenta = [], []
    for batch in range(batches_per_epoch):
        lrs.append(round(optimizer.param_groups[0]["lr"], 3))
        momenta.append(round(optimizer.param_groups[0]["momentum"], 3))
        # ... forward, backward ...
        optimizer.step()
        scheduler.step()  # once per batch
    print(f"epoch {epoch}: lr {lrs}  momentum {momenta}")
