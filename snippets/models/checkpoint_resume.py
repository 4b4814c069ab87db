import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

data_generator = torch.Generator().manual_seed(0)
x = torch.randn(256, 2, generator=data_generator)
y = (x.norm(dim=1) < 1).long()
dataset = TensorDataset(x, y)


def build(seed):
    """A model, an optimizer and a shuffling loader, as a fresh process would build them."""
    torch.manual_seed(seed)
    model = nn.Sequential(
        nn.Linear(2, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 2)
    ).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    shuffle = torch.Generator().manual_seed(seed)
    loader = DataLoader(dataset, batch_size=32, shuffle=True, generator=shuffle)
    return model, optimizer, loader, shuffle


def train_one_epoch(model, optimizer, loader):
    model.train()
    total_loss = 0.0
    for x_batch, y_batch in loader:
        x_batch, y_batch = x_batch.to(device), y_batch.to(device)
        loss = nn.functional.cross_entropy(model(x_batch), y_batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total_loss += loss.item() * len(x_batch)
    return total_loss / len(dataset)


# Run 1: six epochs without a break.
model, optimizer, loader, shuffle = build(seed=0)
straight = [train_one_epoch(model, optimizer, loader) for epoch in range(6)]
straight_model = model

# Run 2: three epochs, then save everything the next three depend on, and stop.
model, optimizer, loader, shuffle = build(seed=0)
losses = [train_one_epoch(model, optimizer, loader) for epoch in range(3)]
torch.save(
    {
        "epoch": 3,
        "losses": losses,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "shuffle": shuffle.get_state(),  # the order of the next epochs' batches
        "cpu_rng": torch.get_rng_state(),  # dropout's random numbers on the CPU
        "cuda_rng": torch.cuda.get_rng_state_all() if device == "cuda" else [],  # and on a GPU
    },
    "checkpoint.pt",
)
del model, optimizer, loader, shuffle

# Later, from other random values, resume from the file.
model, optimizer, loader, shuffle = build(seed=1)
checkpoint = torch.load("checkpoint.pt", map_location="cpu")
model.load_state_dict(checkpoint["model"])  # copies into the model, on its device
optimizer.load_state_dict(checkpoint["optimizer"])  # moves the state to its parameters' device
shuffle.set_state(checkpoint["shuffle"])
torch.set_rng_state(checkpoint["cpu_rng"])
if device == "cuda":
    torch.cuda.set_rng_state_all(checkpoint["cuda_rng"])
resumed = checkpoint["losses"]
resumed += [train_one_epoch(model, optimizer, loader) for epoch in range(checkpoint["epoch"], 6)]

print("epoch  straight  resumed")
for epoch, (a, b) in enumerate(zip(straight, resumed), start=1):
    print(f"{epoch:5}  {a:8.4f}  {b:7.4f}")
print("losses identical: ", straight == resumed)
print("weights identical:", all(
    torch.equal(p, q) for p, q in zip(straight_model.parameters(), model.parameters())
))
