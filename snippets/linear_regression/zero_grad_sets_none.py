import torch
from torch import nn, optim

torch.manual_seed(42)
model = nn.Linear(1, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1)
x = torch.ones(4, 1)

model(x).sum().backward()
print("after backward():      ", model.bias.grad)
optimizer.zero_grad()  # set_to_none=True by default
print("after zero_grad():     ", model.bias.grad)

model(x).sum().backward()
optimizer.zero_grad(set_to_none=False)  # fill with zeros instead
print("with set_to_none=False:", model.bias.grad)
