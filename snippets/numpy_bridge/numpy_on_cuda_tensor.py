# raises on cuda: TypeError
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(3.0, device=device)
print("device:", x.device)
print("array:", x.numpy())
