import torch

weights = torch.ones(3, requires_grad=True)

with torch.no_grad():
    w_np = weights.numpy()  # allowed: no graph can be recorded in here

print("w_np:", w_np)
print("weights still requires grad:", weights.requires_grad)
