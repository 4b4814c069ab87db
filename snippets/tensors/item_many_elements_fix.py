import torch

losses = torch.tensor([0.25, 0.75])

print("losses.tolist():      ", losses.tolist())
print("losses.mean().item(): ", losses.mean().item())
print("losses[1].item():     ", losses[1].item())
