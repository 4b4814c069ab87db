import copy

import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
x = torch.tensor(digits.data[:100], dtype=torch.float32) / 16
y = torch.from_numpy(digits.target[:100])
loss_fn = nn.CrossEntropyLoss()
lr, weight_decay = 0.5, 0.01

torch.manual_seed(0)
model = nn.Linear(64, 10)
model_by_hand = copy.deepcopy(model)
model_penalty = copy.deepcopy(model)
optimizer = torch.optim.SGD(model.parameters(), lr=lr, weight_decay=weight_decay)
optimizer_penalty = torch.optim.SGD(model_penalty.parameters(), lr=lr)

for step in range(5):
    optimizer.zero_grad()
    loss_fn(model(x), y).backward()
    optimizer.step()

    model_by_hand.zero_grad()
    loss_fn(model_by_hand(x), y).backward()
    with torch.no_grad():
        for p in model_by_hand.parameters():
            grad = p.grad.add(p, alpha=weight_decay)  # grad + weight_decay * p
            p.add_(grad, alpha=-lr)

    # the same decay as an L2 penalty in the loss: its gradient is weight_decay * p
    penalty = sum((p**2).sum() for p in model_penalty.parameters()) * weight_decay / 2
    optimizer_penalty.zero_grad()
    (loss_fn(model_penalty(x), y) + penalty).backward()
    optimizer_penalty.step()

print("by hand, equal:       ", torch.equal(model.weight, model_by_hand.weight))
print("L2 penalty, allclose: ", torch.allclose(model.weight, model_penalty.weight))
