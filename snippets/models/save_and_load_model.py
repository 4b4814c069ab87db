import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
torch.save(model.state_dict(), "model.pt")  # the tensors, not the Python class

torch.manual_seed(1)
restored = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))  # build the same architecture
x = torch.randn(5, 3)
print("before loading, same output:", torch.equal(model(x), restored(x)))
print(restored.load_state_dict(torch.load("model.pt")))
print("after loading, same output: ", torch.equal(model(x), restored(x)))
