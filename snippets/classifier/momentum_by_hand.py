import copy

import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
x = torch.tensor(digits.data[:100], dtype=torch.float32) / 16
y = torch.from_numpy(digits.target[:100])
loss_fn = nn.CrossEntropyLoss()
lr, momentum = 0.1, 0.9

torch.manual_seed(0)
model = nn.Linear(64, 10)
model_by_hand = copy.deepcopy(model)
optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
velocity = {}  # one buffer per parameter, made at the first step

for step in range(5):
    loss = loss_fn(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

    model_by_hand.zero_grad()
    loss_fn(model_by_hand(x), y).backward()
    with torch.no_grad():
        for name, p in model_by_hand.named_parameters():
            if name not in velocity:
                velocity[name] = p.grad.clone()  # the first step is a plain SGD step
            else:
                velocity[name].mul_(momentum).add_(p.grad)  # v = momentum * v + grad
            p.add_(velocity[name], alpha=-lr)

print("weights equal:", torch.equal(model.weight, model_by_hand.weight))
print("biases equal: ", torch.equal(model.bias, model_by_hand.bias))
buffer = optimizer.state[model.weight]["momentum_buffer"]
print("the optimizer's buffer is our velocity:", torch.equal(buffer, velocity["weight"]))
