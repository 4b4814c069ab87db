import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(10))
shuffle = torch.Generator().manual_seed(0)  # the loader's own generator, apart from the global one
loader = DataLoader(dataset, batch_size=5, shuffle=True, generator=shuffle)

for epoch in range(2):
    print(f"epoch {epoch}:", [batch.tolist() for (batch,) in loader])

torch.manual_seed(123)  # the global generator does not change the loader's order
torch.randn(1000)
again = DataLoader(dataset, batch_size=5, shuffle=True, generator=torch.Generator().manual_seed(0))
print("new loader:", [batch.tolist() for (batch,) in again])
