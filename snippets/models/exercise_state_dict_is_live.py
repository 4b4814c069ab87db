import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

best = model.state_dict()  # "keep the best weights so far"
weight_then = model.weight.detach().clone()

loss = model(torch.ones(4, 2)).pow(2).mean()
loss.backward()
optimizer.step()
print("best still holds the old weights:", torch.equal(best["weight"], weight_then))
