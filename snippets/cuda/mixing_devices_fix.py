import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, 3, device=device)
w = torch.ones(3).to(x.device)  # follow the data's device
print("x:", x.device, "w:", w.device)
print((x * w).sum())
