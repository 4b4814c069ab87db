import torch
from torch import nn, optim

torch.manual_seed(42)
model = nn.Linear(1, 1)
weight = model.weight  # the Parameter object before the move
optimizer = optim.Adagrad(model.parameters(), lr=0.1)  # Adagrad creates its state right away

model.to(torch.float64)  # converts in place, as model.to(device) moves in place
print("same Parameter object:  ", model.weight is weight)
print("the optimizer holds it: ", optimizer.param_groups[0]["params"][0] is model.weight)
print("weight:         ", model.weight.dtype)
print("Adagrad's state:", optimizer.state[model.weight]["sum"].dtype)  # made before the move
