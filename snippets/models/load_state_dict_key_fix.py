import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(3, 4)
        self.out = nn.Linear(4, 2)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


torch.save(MLP().state_dict(), "mlp.pt")
state = torch.load("mlp.pt")
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))

print("strict=False:", model.load_state_dict(state, strict=False))  # loads nothing, says so, raises nothing

new_names = {"hidden": "0", "out": "2"}
renamed = {}
for key, tensor in state.items():
    layer, attribute = key.split(".")
    renamed[f"{new_names[layer]}.{attribute}"] = tensor
print("renamed:", model.load_state_dict(renamed))
print("weights loaded:", torch.equal(model[2].weight, state["out.weight"]))
