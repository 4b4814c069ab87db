import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(42)
on_cpu = torch.randn(3)
torch.manual_seed(42)
on_device = torch.randn(3, device=device)

print("cpu:   ", on_cpu)
print("device:", on_device)
print("same numbers:", torch.equal(on_cpu, on_device.cpu()))
