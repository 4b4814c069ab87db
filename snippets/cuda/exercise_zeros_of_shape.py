import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, 3, device=device)
y = torch.zeros(x.shape)
z = torch.zeros_like(x)
print("y on x's device:", y.device == x.device)
print("z on x's device:", z.device == x.device)
