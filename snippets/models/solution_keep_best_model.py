import copy

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(64, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3 * torch.randn(64, 1)
x_train, y_train, x_val, y_val = x[:48], y[:48], x[48:], y[48:]

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.3)
loss_fn = nn.MSELoss()
best_loss, best_epoch, best_state = float("inf"), None, None

for epoch in range(1, 31):
    loss = loss_fn(model(x_train), y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    with torch.no_grad():
        val_loss = loss_fn(model(x_val), y_val).item()
    if val_loss < best_loss:
        best_loss, best_epoch = val_loss, epoch
        best_state = copy.deepcopy(model.state_dict())  # a copy, not a live view

torch.save(best_state, "best.pt")
best_model = nn.Linear(3, 1)
best_model.load_state_dict(torch.load("best.pt"))
with torch.no_grad():
    reloaded_loss = loss_fn(best_model(x_val), y_val).item()
print(f"best epoch {best_epoch}: validation loss {best_loss:.4f}")
print("the reloaded model scores the same:", reloaded_loss == best_loss)
