import copy

import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
x = torch.tensor(digits.data[:100], dtype=torch.float32) / 16
y = torch.from_numpy(digits.target[:100])
loss_fn = nn.CrossEntropyLoss()
lr = 0.1  # not a power of two: lr * grad is rounded, as it is in most runs

torch.manual_seed(0)
model = nn.Linear(64, 10)
model_by_hand = copy.deepcopy(model)  # the same starting weights
optimizer = torch.optim.SGD(model.parameters(), lr=lr)

for step in range(5):
    loss = loss_fn(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

    loss_by_hand = loss_fn(model_by_hand(x), y)
    model_by_hand.zero_grad()
    loss_by_hand.backward()
    with torch.no_grad():
        for p in model_by_hand.parameters():
            p.add_(p.grad, alpha=-lr)  # p = p - lr * p.grad, in place, as optim.SGD writes it

print("loss before the last step:", round(loss.item(), 4))
print("weights equal:", torch.equal(model.weight, model_by_hand.weight))
print("biases equal: ", torch.equal(model.bias, model_by_hand.bias))
