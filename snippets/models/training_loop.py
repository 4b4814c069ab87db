import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

# 320 points in the plane; class 1 is the points inside the unit circle
data_generator = torch.Generator().manual_seed(0)
x = torch.randn(320, 2, generator=data_generator)
y = (x.norm(dim=1) < 1).long()
train_set = TensorDataset(x[:256], y[:256])
val_set = TensorDataset(x[256:], y[256:])
train_loader = DataLoader(
    train_set, batch_size=32, shuffle=True, generator=torch.Generator().manual_seed(0)
)
val_loader = DataLoader(val_set, batch_size=64)

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(2, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 2)
).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)

for epoch in range(1, 9):
    model.train()  # dropout on
    total_loss = 0.0
    for x_batch, y_batch in train_loader:
        x_batch, y_batch = x_batch.to(device), y_batch.to(device)
        loss = loss_fn(model(x_batch), y_batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total_loss += loss.item() * len(x_batch)

    model.eval()  # dropout off
    correct = 0
    with torch.no_grad():
        for x_batch, y_batch in val_loader:
            x_batch, y_batch = x_batch.to(device), y_batch.to(device)
            correct += (model(x_batch).argmax(dim=1) == y_batch).sum().item()
    print(
        f"epoch {epoch}: train loss {total_loss / len(train_set):.4f},"
        f" validation accuracy {correct / len(val_set):.1%}"
    )
