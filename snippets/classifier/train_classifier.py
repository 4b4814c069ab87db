import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.set_default_dtype(torch.float64)  # the printed digits then do not depend on the CPU
digits = load_digits()
x, y = torch.from_numpy(digits.data), torch.from_numpy(digits.target)
splits = random_split(range(len(y)), [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
train_idx, val_idx, test_idx = (split.indices for split in splits)
mean, std = x[train_idx].mean(dim=0), x[train_idx].std(dim=0)
x = (x - mean) / torch.where(std > 0, std, 1.0)  # the training statistics, for every split

train_set = TensorDataset(x[train_idx], y[train_idx])
train_loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
x_val, y_val = x[val_idx], y[val_idx]

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

for epoch in range(1, 9):
    model.train()
    train_loss = 0.0
    for x_batch, y_batch in train_loader:
        loss = loss_fn(model(x_batch), y_batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        train_loss += loss.item() * len(x_batch)

    model.eval()
    with torch.no_grad():
        logits = model(x_val)
        val_loss = loss_fn(logits, y_val).item()
        correct = (logits.argmax(dim=1) == y_val).sum().item()
    print(f"epoch {epoch}: train loss {train_loss / len(train_set):.3f}, "
          f"validation loss {val_loss:.3f}, accuracy {correct}/{len(y_val)} ({correct / len(y_val):.1%})")
