import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, device=device)
print(x.type())
print(x)
print(x.double().type())
