import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss = model(torch.randn(8, 3)).pow(2).mean()
loss.backward()
optimizer.step()  # Adam creates its state on the first step

state = optimizer.state_dict()
print("keys:", list(state))
for index, tensors in state["state"].items():
    print(f"parameter {index}:", {name: tuple(t.shape) for name, t in tensors.items()})
group = state["param_groups"][0]
print("param_groups[0]: lr", group["lr"], "betas", group["betas"], "params", group["params"])

torch.save({"model": model.state_dict(), "optimizer": state}, "checkpoint.pt")
