import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
weights = torch.zeros(3, device=device, requires_grad=True)
history = []

for _ in range(3):
    history.append(weights.detach().cpu().numpy().copy())  # copy: a real snapshot on any device
    with torch.no_grad():
        weights.add_(1.0)

print("history:", [h.tolist() for h in history])
