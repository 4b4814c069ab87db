import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
model = nn.Linear(3, 2).to(device)
torch.save(model.state_dict(), "model.pt")
print("saved from:  ", model.weight.device)

state = torch.load("model.pt", map_location="cpu")  # works on any machine, with or without a GPU
print("loaded onto: ", state["weight"].device)

cpu_model = nn.Linear(3, 2)
cpu_model.load_state_dict(state)
print("same weights:", torch.equal(cpu_model.weight, model.weight.cpu()))
