# raises on cuda: RuntimeError
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, 3, device=device)
w = torch.ones(3)  # forgot device=device: this one stays on the CPU
print("x:", x.device, "w:", w.device)
print(x * w)
