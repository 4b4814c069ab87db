import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
model[0].requires_grad_(False)  # freeze: no gradient, so no update

trainable = [param for param in model.parameters() if param.requires_grad]
print("trainable numbers:", sum(param.numel() for param in trainable), "of", sum(p.numel() for p in model.parameters()))

optimizer = torch.optim.SGD(trainable, lr=0.1)
first_before = model[0].weight.clone()
last_before = model[2].weight.clone()
loss = model(torch.randn(16, 4)).pow(2).mean()
loss.backward()
optimizer.step()
print("first layer unchanged:", torch.equal(model[0].weight, first_before))
print("last layer unchanged: ", torch.equal(model[2].weight, last_before))
print("first layer's gradient:", model[0].weight.grad)
