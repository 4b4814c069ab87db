import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

zeros = torch.zeros(2, 3, device=device)  # allocated where it is used: no copy
steps = torch.arange(4, device=device)
print(zeros)
print(steps)
