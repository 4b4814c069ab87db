import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
weights = torch.zeros(3, device=device, requires_grad=True)
snapshot = weights.detach().cpu().numpy()

with torch.no_grad():
    weights.add_(1.0)  # a training step updates the weights in place

print("device:  ", weights.device)
print("snapshot:", snapshot)  # on CPU the "snapshot" moved with the weights
